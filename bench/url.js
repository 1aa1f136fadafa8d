'use strict';
// URL parsing: `new URL()` on 10,000 real-world-looking URLs (generated from a fixed seed:
// http(s) sites with paths, queries and fragments, some with ports, credentials, IPv4
// and IPv6 hosts, Unicode hostnames, percent-escapes, relative references against a
// base, file: and data: URLs), five passes over the list; each URL's href and pathname
// are read. Prints "bench ms=... check=..." on stderr (the check is the total length of
// the hrefs, equal in every runtime that parses the same way) and the CPU time of the work
// on a second line.
const COUNT = 10000;
const PASSES = 5;

let seed = 20260711;
function random(n) {
  // A 32-bit linear congruential generator: the same list in every runtime.
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed % n;
}
function pick(list) {
  return list[random(list.length)];
}

const words = ['api', 'v1', 'v2', 'users', 'items', 'search', 'docs', 'static', 'img',
  'assets', 'blog', 'posts', '2024', 'index.html', 'about', 'login', 'cart', 'product',
  'category', 'news', 'video', 'watch', 'en-US', 'de', 'files', 'download', 'release'];
const tlds = ['com', 'org', 'net', 'io', 'de', 'co.uk', 'dev', 'app', 'fr', 'jp'];
const names = ['example', 'github', 'wikipedia', 'shop', 'cdn', 'mail', 'news', 'maps',
  'docs', 'static', 'api', 'my-site', 'store', 'portal', 'b\u00fccher', 'm\u00fcnchen'];
const params = ['q', 'id', 'page', 'sort', 'ref', 'utm_source', 'utm_medium', 'lang', 'v'];
const values = ['1', '42', 'desc', 'hello world', 'a%20b', 'caf\u00e9', 'x+y', 'true', ''];

function host() {
  const r = random(20);
  if (r === 0) return `${random(256)}.${random(256)}.${random(256)}.${random(256)}`;
  if (r === 1) return `[2001:db8::${random(65536).toString(16)}]`;
  const sub = random(3) === 0 ? `${pick(['www', 'm', 'en', 'static'])}.` : '';
  return `${sub}${pick(names)}.${pick(tlds)}`;
}

function path() {
  let p = '';
  const n = random(5);
  for (let i = 0; i < n; i++) p += `/${pick(words)}`;
  if (random(4) === 0) p += '/';
  if (random(10) === 0) p += '/../' + pick(words);
  return p || '/';
}

function query() {
  if (random(2) === 0) return '';
  const n = 1 + random(4);
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(`${pick(params)}=${pick(values)}`);
  return `?${parts.join('&')}`;
}

function makeURL() {
  const r = random(40);
  if (r === 0) return [`file:///home/user/${pick(words)}/${pick(words)}.txt`];
  if (r === 1) return ['data:text/plain;base64,SGVsbG8sIFdvcmxkIQ=='];
  if (r < 6) return [`${path().slice(1)}${query()}`, 'https://example.com/base/dir/page'];
  const scheme = random(5) === 0 ? 'http' : 'https';
  const auth = random(25) === 0 ? 'user:pass@' : '';
  const port = random(12) === 0 ? `:${pick(['8080', '443', '3000', '80'])}` : '';
  const hash = random(6) === 0 ? `#${pick(words)}` : '';
  return [`${scheme}://${auth}${host()}${port}${path()}${query()}${hash}`];
}

const inputs = [];
for (let i = 0; i < COUNT; i++) inputs.push(makeURL());

const cpu = process.cpuUsage();
const start = process.hrtime.bigint();
let check = 0;
for (let pass = 0; pass < PASSES; pass++) {
  for (let i = 0; i < COUNT; i++) {
    const [input, base] = inputs[i];
    const url = base === undefined ? new URL(input) : new URL(input, base);
    check += url.href.length + url.pathname.length;
  }
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const used = process.cpuUsage(cpu);
process.stderr.write(`bench ms=${ms.toFixed(3)} check=${check}\n`);
process.stderr.write(`cpu ms=${((used.user + used.system) / 1000).toFixed(3)}\n`);
