'use strict';
// Buffer <-> string conversion in one encoding and size:
//   node buffer-string.js from|toString utf8|latin1|base64|hex 1k|1m
// `from` runs Buffer.from(string, encoding) on a 1 KiB or 1 MiB string (1,024 or 1,048,576
// characters); `toString` runs buf.toString(encoding) on a 1 KiB or 1 MiB Buffer. Inputs
// are generated from a fixed seed: for utf8, English-like text with some accented letters,
// symbols and emoji (about 3% of the characters are not ASCII); for latin1, all 256 byte
// values; for base64 and hex, random bytes and their encoding. Prints
// "bench ms=... check=..." on stderr (the check adds up the result lengths and a few
// bytes or character codes) and the CPU time of the work on a second line.
const [op, encoding, size] = process.argv.slice(2);
const SIZE = size === '1m' ? 1024 * 1024 : 1024;
const ITERATIONS = {
  __proto__: null,
  'from utf8 1k': 300000, 'from latin1 1k': 300000, 'from base64 1k': 200000,
  'from hex 1k': 200000, 'toString utf8 1k': 300000, 'toString latin1 1k': 300000,
  'toString base64 1k': 300000, 'toString hex 1k': 200000,
  'from utf8 1m': 200, 'from latin1 1m': 300, 'from base64 1m': 200, 'from hex 1m': 150,
  'toString utf8 1m': 200, 'toString latin1 1m': 300, 'toString base64 1m': 200,
  'toString hex 1m': 150,
}[`${op} ${encoding} ${size}`];
if (ITERATIONS === undefined) {
  throw new Error('usage: buffer-string.js from|toString utf8|latin1|base64|hex 1k|1m');
}

let seed = 20261202;
function random(n) {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed % n;
}

const words = ['the', 'of', 'and', 'a', 'to', 'in', 'is', 'you', 'that', 'it', 'he',
  'was', 'for', 'on', 'are', 'as', 'with', 'his', 'they', 'at', 'be', 'this', 'from',
  'have', 'or', 'by', 'one', 'had', 'not', 'but', 'what', 'all', 'were', 'when', 'we',
  'there', 'can', 'an', 'your', 'which', 'their', 'said', 'if', 'do', 'will', 'each',
  'about', 'how', 'up', 'out', 'them', 'then', 'she', 'many', 'some', 'so', 'these',
  'would', 'other', 'into', 'has', 'more', 'her', 'two', 'like', 'him', 'see', 'time',
  'caf\u00e9', 'na\u00efve', 'Gr\u00fc\u00dfe', '\u20ac42', 'se\u00f1or', '\u201cquoted\u201d',
  '\u{1F600}', 'na\u00efvet\u00e9', 'M\u00fcnchen', '\u2014'];

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

function randomBytes(n) {
  const b = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) b[i] = random(256);
  return b;
}

let input;
if (op === 'from') {
  if (encoding === 'utf8') input = text(SIZE * 2).slice(0, SIZE);
  else if (encoding === 'latin1') input = randomBytes(SIZE).toString('latin1');
  else if (encoding === 'base64') input = randomBytes(SIZE / 4 * 3).toString('base64');
  else input = randomBytes(SIZE / 2).toString('hex');
  if (input.length !== SIZE) throw new Error(`input is ${input.length} characters`);
} else {
  input = encoding === 'utf8' ? Buffer.from(text(SIZE)) : randomBytes(SIZE);
  if (input.length !== SIZE) throw new Error(`input is ${input.length} bytes`);
}

const cpu = process.cpuUsage();
const start = process.hrtime.bigint();
let check = 0;
if (op === 'from') {
  for (let i = 0; i < ITERATIONS; i++) {
    const b = Buffer.from(input, encoding);
    check += b.length + b[i % b.length];
  }
} else {
  for (let i = 0; i < ITERATIONS; i++) {
    const s = input.toString(encoding);
    check += s.length + s.charCodeAt(i % s.length);
  }
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const used = process.cpuUsage(cpu);
process.stderr.write(`bench ms=${ms.toFixed(3)} check=${check}\n`);
process.stderr.write(`cpu ms=${((used.user + used.system) / 1000).toFixed(3)}\n`);
