'use strict';
// node:querystring on realistic query strings:
//   node querystring.js parse       querystring.parse() of 100,000 query strings
//   node querystring.js stringify   querystring.stringify() of 100,000 objects
// 1,000 different inputs are generated from a fixed seed and cycled: search and tracking
// parameters, pagination, repeated keys (arrays), '+' for spaces, percent-escaped
// punctuation and UTF-8, empty values. The objects for stringify are the parsed forms of
// the same strings. Prints "bench ms=... check=..." on stderr (the check adds up result
// lengths) and the CPU time of the work on a second line.
const querystring = require('querystring');

const op = process.argv[2];
if (op !== 'parse' && op !== 'stringify') throw new Error('usage: querystring.js parse|stringify');
const ITERATIONS = 100000;
const DISTINCT = 1000;

let seed = 20261206;
function random(n) {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed % n;
}
function pick(list) {
  return list[random(list.length)];
}
const keys = ['q', 'page', 'per_page', 'sort', 'order', 'lang', 'ref', 'utm_source',
  'utm_medium', 'utm_campaign', 'id', 'category', 'filter', 'tag', 'session', 'v', 'format',
  'callback', 'redirect_uri', 'state'];
const values = ['1', '2', '20', '100', 'desc', 'asc', 'en-US', 'de', 'newsletter', 'email',
  'spring_sale', 'json', 'true', '', 'hello+world', 'caf%C3%A9', 'a%2Fb%2Fc',
  'https%3A%2F%2Fexample.com%2Fcallback%3Fx%3D1', 'M%C3%BCnchen', '%E6%97%A5%E6%9C%AC',
  'price%3E10', '550e8400-e29b-41d4-a716-446655440000', 'x+y+z', 'red', 'blue', 'small'];

function queryString() {
  const n = 2 + random(8);
  const parts = [];
  for (let i = 0; i < n; i++) {
    const key = random(6) === 0 ? 'tag' : pick(keys);  // repeated keys make arrays
    parts.push(`${key}=${pick(values)}`);
  }
  return parts.join('&');
}

const strings = [];
for (let i = 0; i < DISTINCT; i++) strings.push(queryString());
const objects = strings.map((s) => querystring.parse(s));

const cpu = process.cpuUsage();
const start = process.hrtime.bigint();
let check = 0;
if (op === 'parse') {
  for (let i = 0; i < ITERATIONS; i++) {
    const o = querystring.parse(strings[i % DISTINCT]);
    check += o.q === undefined ? 1 : o.q.length + 2;
  }
} else {
  for (let i = 0; i < ITERATIONS; i++) check += querystring.stringify(objects[i % DISTINCT]).length;
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const used = process.cpuUsage(cpu);
process.stderr.write(`bench ms=${ms.toFixed(3)} check=${check}\n`);
process.stderr.write(`cpu ms=${((used.user + used.system) / 1000).toFixed(3)}\n`);
