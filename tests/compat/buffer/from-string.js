const show = require('./_show');
const inputs = ['', 'a', 'hello', 'h\u00e9llo', '\u20ac', '\ud83d\ude00', 'a\ud800b', '\udc00', 'x\ud800', '\u0000\u0001', 'A'.repeat(70) + '\u00e9', 'z'.repeat(5000), '\u00ff\u0100'];
for (const enc of [undefined, 'utf8', 'utf-8', 'UTF8', 'ucs2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url']) {
  for (const s of inputs) {
    show(`from(${JSON.stringify(s.length > 20 ? s.slice(0, 10) + '...' + s.length : s)}, ${enc})`, () => {
      const b = Buffer.from(s, enc);
      return b.length > 40 ? `len=${b.length} head=${b.subarray(0, 8).toString('hex')} tail=${b.subarray(-8).toString('hex')}` : b;
    });
  }
}
show('bad encoding', () => Buffer.from('x', 'nope'));
show('encoding number', () => Buffer.from('x', 5));
