'use strict';
// TextEncoder.encode and TextDecoder.decode (UTF-8):
//   node textcodec.js encode|decode ascii|text 1k|1m
// The input is 1 KiB or 1 MiB of generated text (UTF-8 size; for encode, the string that
// encodes to it): `ascii` is English-like ASCII text, `text` is multilingual text where
// about half the characters are not ASCII (accented Latin, Greek, Cyrillic, CJK and
// emoji). One TextEncoder and one TextDecoder are reused. Prints "bench ms=... check=..."
// on stderr (the check adds up the result lengths and a few bytes or character codes) and
// the CPU time of the work on a second line.
const [op, kind, size] = process.argv.slice(2);
const SIZE = size === '1m' ? 1024 * 1024 : 1024;
const ITERATIONS = {
  __proto__: null,
  'encode ascii 1k': 300000, 'encode text 1k': 200000, 'decode ascii 1k': 300000,
  'decode text 1k': 200000, 'encode ascii 1m': 300, 'encode text 1m': 200,
  'decode ascii 1m': 300, 'decode text 1m': 200,
}[`${op} ${kind} ${size}`];
if (ITERATIONS === undefined) throw new Error('usage: textcodec.js encode|decode ascii|text 1k|1m');

let seed = 20261205;
function random(n) {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed % n;
}
const ascii = ['the', 'of', 'and', 'a', 'to', 'in', 'is', 'you', 'that', 'it', 'was',
  'for', 'on', 'are', 'as', 'with', 'they', 'at', 'be', 'this', 'from', 'have', 'or', 'by',
  'one', 'had', 'not', 'but', 'what', 'all', 'were', 'when', 'we', 'there', 'can', 'an'];
const other = ['caf\u00e9', 'Gr\u00fc\u00dfe', 'se\u00f1or', '\u03ba\u03b1\u03bb\u03b7\u03bc\u03ad\u03c1\u03b1',
  '\u043f\u0440\u0438\u0432\u0435\u0442', '\u043c\u0438\u0440', '\u65e5\u672c\u8a9e',
  '\u6587\u5b57\u5217', '\u4f60\u597d', '\u{1F600}', '\u{1F680}', '\u20ac', '\u2014'];
const words = kind === 'ascii' ? ascii : [...ascii, ...other, ...other, ...other];

// Text whose UTF-8 form is exactly `bytes` long.
function text(bytes) {
  let out = '';
  let used = 0;
  for (;;) {
    const w = (random(12) === 0 ? '.\n' : ' ') + words[random(words.length)];
    const n = Buffer.byteLength(w);
    if (used + n > bytes) break;
    out += w;
    used += n;
  }
  return out + 'x'.repeat(bytes - used);
}

const string = text(SIZE);
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const bytes = encoder.encode(string);
if (bytes.length !== SIZE) throw new Error(`input is ${bytes.length} bytes`);

const cpu = process.cpuUsage();
const start = process.hrtime.bigint();
let check = 0;
if (op === 'encode') {
  for (let i = 0; i < ITERATIONS; i++) {
    const b = encoder.encode(string);
    check += b.length + b[i % b.length];
  }
} else {
  for (let i = 0; i < ITERATIONS; i++) {
    const s = decoder.decode(bytes);
    check += s.length + s.charCodeAt(i % s.length);
  }
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const used = process.cpuUsage(cpu);
process.stderr.write(`bench ms=${ms.toFixed(3)} check=${check}\n`);
process.stderr.write(`cpu ms=${((used.user + used.system) / 1000).toFixed(3)}\n`);
