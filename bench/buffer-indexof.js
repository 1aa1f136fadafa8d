'use strict';
// buf.indexOf on a 1 MiB Buffer of generated English-like text:
//   node buffer-indexof.js string   a string needle
//   node buffer-indexof.js buffer   a Buffer needle
// Each of 5,000 rounds searches for a 24-byte needle that occurs once, 1 KiB before the end,
// and for one that does not occur (the same text with one letter changed). Prints
// "bench ms=... check=..." on stderr (the check adds up the indexes found) and the CPU
// time of the work on a second line.
const kind = process.argv[2];
if (kind !== 'string' && kind !== 'buffer') throw new Error('usage: buffer-indexof.js string|buffer');

const SIZE = 1024 * 1024;
const ROUNDS = 5000;
let seed = 20261204;
function random(n) {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed % n;
}
const words = ['content', 'type', 'application', 'json', 'accept', 'encoding', 'gzip',
  'the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'value', 'key', 'length', 'x-request',
  'id', 'cache', 'control', 'max', 'age', 'user', 'agent', 'mozilla', 'host', 'cookie'];
let text = '';
while (text.length < SIZE) text += words[random(words.length)] + (random(10) === 0 ? '\r\n' : ' ');
const needleText = 'boundary=Zq8vLm3Xw1Pt9Rk';
const absentText = 'boundary=Zq8vLm3Xw1Pt9Rj';
const at = SIZE - 1024;
const haystack = Buffer.from(text.slice(0, at) + needleText + text.slice(at + needleText.length, SIZE));
if (haystack.length !== SIZE) throw new Error(`haystack is ${haystack.length} bytes`);
const found = kind === 'string' ? needleText : Buffer.from(needleText);
const absent = kind === 'string' ? absentText : Buffer.from(absentText);

const cpu = process.cpuUsage();
const start = process.hrtime.bigint();
let check = 0;
for (let i = 0; i < ROUNDS; i++) {
  check += haystack.indexOf(found) + haystack.indexOf(absent);
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const used = process.cpuUsage(cpu);
process.stderr.write(`bench ms=${ms.toFixed(3)} check=${check}\n`);
process.stderr.write(`cpu ms=${((used.user + used.system) / 1000).toFixed(3)}\n`);
