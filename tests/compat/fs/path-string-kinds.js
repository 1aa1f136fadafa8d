// Paths reach the system as UTF-8 from every kind of engine string: ASCII, Latin-1
// (8-bit strings with bytes of 0x80 and more), 16-bit strings with BMP and astral
// characters, lone surrogates (written as U+FFFD), strings built by concatenation and
// slicing, environment values set from such strings; and the errors of values that are
// not paths.
'use strict';
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'nodus-pathkinds-'));

const names = [
  'plain',
  'caf\u00e9',
  '\u00ff\u00e0\u00c9-latin1',
  'snow\u2603man',
  'astral-\u{1F600}',
  'lone-\ud800-high',
  'lone-\udc00-low',
  'pair-then-lone-\ud83d\ude00\ud83d',
  'x'.repeat(200),
  '\u00e9'.repeat(120),
];
for (const name of names) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, name);
  const rope = dir + '/' + name.slice(0, 3) + name.slice(3);
  const back = fs.readFileSync(rope, 'utf8');
  console.log(JSON.stringify(name.slice(0, 24)), Buffer.byteLength(name), fs.existsSync(file),
    back === name, fs.statSync(`${file}`).size);
}
console.log(fs.readdirSync(dir).sort().map((n) => JSON.stringify(n.slice(0, 24))).join(' '));
console.log(fs.readdirSync(dir, 'buffer').map((b) => b.toString('hex').slice(0, 16)).sort().join(' '));

// A Latin-1 string with a NUL byte, and conversions that throw.
for (const bad of ['caf\u00e9\u0000x', Symbol('s'), { toString() { throw new Error('no string'); } }]) {
  try {
    fs.statSync(bad);
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message.split('\n')[0]);
  }
}
for (const value of ['caf\u00e9', 'a\ud800b', 12.5, true, { toString() { return '\u00e0 la carte'; } }]) {
  process.env.NODUS_PATH_KIND = value;
  console.log(JSON.stringify(process.env.NODUS_PATH_KIND));
}
process.chdir(dir);
console.log(path.basename(process.cwd()).startsWith('nodus-pathkinds-'), fs.existsSync('caf\u00e9'));
process.chdir('/');
fs.rmSync(dir, { recursive: true });
