'use strict';
// TextEncoder.encode and Buffer.from of strings too large for the scratch array and the
// pool (each result gets memory of its own): ASCII, Latin-1 with bytes over 0x7f, 16-bit
// text with surrogate pairs and lone surrogates (U+FFFD), in every encoding.
const crypto = require('crypto');
const digest = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16);

const samples = {
  ascii: 'plain ascii text, '.repeat(4000),
  latin1: 'caf\u00e9 na\u00efve \u00ff\u0080 '.repeat(3000),
  wide: 'snow \u2603 smile \ud83d\ude00 kanji \u65e5\u672c '.repeat(2000),
  lone: 'a\ud800b\udc00c'.repeat(5000) + '\ud83d',
  mediumAscii: 'x'.repeat(1500),
  mediumWide: '\u20ac'.repeat(1400),
};
const encoder = new TextEncoder();
for (const [name, text] of Object.entries(samples)) {
  const e = encoder.encode(text);
  console.log(name, 'TextEncoder', e.constructor.name, e.length, e.byteOffset,
              e.buffer.byteLength, digest(e));
  for (const enc of ['utf8', 'utf16le', 'latin1', 'ascii', 'hex', 'base64']) {
    const b = Buffer.from(text, enc);
    // Whether the result came from the pool (results under half of it do).
    const pooled = enc === 'hex' || enc === 'base64' ? '' :
      b.buffer.byteLength !== b.length;
    console.log(name, enc, b.length, pooled, digest(b));
  }
}
const hexText = 'a1b2c3'.repeat(3000) + 'zz' + 'ff'.repeat(10);
console.log('hex stops at a bad pair', Buffer.from(hexText, 'hex').length);
const b64 = Buffer.from('x'.repeat(9000)).toString('base64');
console.log('base64 large', Buffer.from(b64, 'base64').length, Buffer.from(b64 + '!!', 'base64').length);
