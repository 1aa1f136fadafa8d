'use strict';
// Engine floor of the querystring.stringify row: the benchmark's 100,000 stringify calls
// done by one self-contained JavaScript function (the same source in both engines, no
// runtime code: a loop over the keys, arrays repeated, each key and value escaped with a
// table-driven loop like querystring.escape's), next to the runtime's own
// querystring.stringify of the same objects in the same process. Run it with both:
//   node bench/floors/querystring-stringify.js; build/nodus bench/floors/querystring-stringify.js
// When the engine runs the identical function slower than the other engine runs the
// runtime's stringify, the row's gap is the engine's.
const querystring = require('querystring');

let seed = 20261206;
function random(n) {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed % n;
}
const pick = (list) => list[random(list.length)];
const keys = ['q', 'page', 'per_page', 'sort', 'order', 'lang', 'ref', 'utm_source',
  'utm_medium', 'utm_campaign', 'id', 'category', 'filter', 'tag', 'session', 'v', 'format',
  'callback', 'redirect_uri', 'state'];
const values = ['1', '2', '20', '100', 'desc', 'asc', 'en-US', 'de', 'newsletter', 'email',
  'spring_sale', 'json', 'true', '', 'hello+world', 'caf%C3%A9', 'a%2Fb%2Fc',
  'https%3A%2F%2Fexample.com%2Fcallback%3Fx%3D1', 'M%C3%BCnchen', '%E6%97%A5%E6%9C%AC',
  'price%3E10', '550e8400-e29b-41d4-a716-446655440000', 'x+y+z', 'red', 'blue', 'small'];
const objects = [];
for (let i = 0; i < 1000; i++) {
  const parts = [];
  const n = 2 + random(8);
  for (let k = 0; k < n; k++) parts.push(`${random(6) === 0 ? 'tag' : pick(keys)}=${pick(values)}`);
  objects.push(querystring.parse(parts.join('&')));
}

// Characters left as they are (RFC 3986 unreserved plus !'()*, as querystring.escape).
const plain = new Int8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()") {
  plain[c.charCodeAt(0)] = 1;
}
const hex = [];
for (let i = 0; i < 256; i++) hex.push('%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase());

function escape(s) {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 128) {
      if (plain[c] === 1) continue;
      if (last < i) out += s.slice(last, i);
      out += hex[c];
    } else {
      if (last < i) out += s.slice(last, i);
      if (c < 0x800) {
        out += hex[0xc0 | (c >> 6)] + hex[0x80 | (c & 63)];
      } else if (c < 0xd800 || c >= 0xe000) {
        out += hex[0xe0 | (c >> 12)] + hex[0x80 | ((c >> 6) & 63)] + hex[0x80 | (c & 63)];
      } else {
        c = 0x10000 + (((c & 0x3ff) << 10) | (s.charCodeAt(++i) & 0x3ff));
        out += hex[0xf0 | (c >> 18)] + hex[0x80 | ((c >> 12) & 63)] +
          hex[0x80 | ((c >> 6) & 63)] + hex[0x80 | (c & 63)];
      }
    }
    last = i + 1;
  }
  return last === 0 ? s : last < s.length ? out + s.slice(last) : out;
}

function stringify(obj) {
  let out = '';
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const k = escape(key) + '=';
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        if (out !== '') out += '&';
        out += k + escape(String(value[i]));
      }
    } else {
      if (out !== '') out += '&';
      out += k + escape(String(value));
    }
  }
  return out;
}

function time(name, fn) {
  const start = process.hrtime.bigint();
  let check = 0;
  for (let i = 0; i < 100000; i++) check += fn(objects[i % 1000]).length;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`${name.padEnd(34)} ${ms.toFixed(0).padStart(5)} ms  (check ${check})`);
}

time('same JavaScript in this engine', stringify);
time('runtime: querystring.stringify', querystring.stringify);
time('same JavaScript, second run', stringify);
time('runtime: querystring.stringify, 2nd', querystring.stringify);
