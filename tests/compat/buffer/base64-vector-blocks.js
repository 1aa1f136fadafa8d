// node's lenient base64 decoding around the 32- and 64-character blocks nodus decodes
// with vector instructions: characters to skip, '=', non-ASCII and 16-bit characters at
// every position of texts of 60-200 characters, lines of PEM and MIME width, both
// alphabets mixed; through Buffer.from, buf.write (with short room) and Buffer.byteLength.
'use strict';
const crypto = require('crypto');

let seed = 0x2545f491;
function random(n) {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed % n;
}
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_';
const odd = ['=', ' ', '\n', '\r\n', '\t', '.', '@', '[', '`', '{', ':', '\x00', '\x7f',
  '\x80', '\xff', '\u0141', '\u2028', '\ud83d', '==', 'A='];
function text(n) {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[random(66)];
  return s;
}

const digest = crypto.createHash('sha256');
let cases = 0;
function record(s, encoding) {
  const buf = Buffer.from(s, encoding);
  digest.update(buf);
  digest.update(String(buf.length));
  digest.update(String(Buffer.byteLength(s, encoding)));
  const room = Buffer.alloc(random(buf.length + 3));
  digest.update(String(room.write(s, encoding)));
  digest.update(room);
  cases++;
}

for (const n of [60, 63, 64, 65, 96, 127, 128, 129, 200]) {
  for (let pos = 0; pos < n; pos += 3) {
    for (const c of odd) {
      const s = text(n);
      record(s.slice(0, pos) + c + s.slice(pos + 1), 'base64');
    }
  }
}
for (const width of [64, 76]) {
  for (const size of [100, 1000, 3000, 3072, 6000]) {
    const b64 = crypto.createHash('sha512').update(String(size)).digest('base64')
      .repeat(Math.ceil(size / 88)).slice(0, size);
    const lines = b64.replace(new RegExp(`(.{${width}})`, 'g'), '$1\r\n');
    record(lines, 'base64');
    record(lines.replace(/\+/g, '-').replace(/\//g, '_'), 'base64url');
    record(`-----BEGIN X-----\n${lines}\n-----END X-----\n`, 'base64');
  }
}
console.log('cases', cases);
console.log('digest', digest.digest('hex'));

// A few results in full.
const samples = [
  'QUJD' + '\n'.repeat(70) + 'REVG',
  text(64) + '=' + text(63),
  'AAAA'.repeat(16) + '  ' + 'BBBB'.repeat(16),
  'A'.repeat(63) + '\u0141' + 'B'.repeat(64),
  text(130).replace(/./g, (ch, i) => (i % 9 === 8 ? ' ' : ch)),
];
for (const s of samples) console.log(Buffer.from(s, 'base64').toString('hex'));
