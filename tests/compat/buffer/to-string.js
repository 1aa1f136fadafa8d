const show = require('./_show');
const bytes = Buffer.from([0x68, 0xc3, 0xa9, 0x6c, 0xff, 0xfe, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0x80, 0xc0, 0x80, 0xe2, 0x82, 0x41, 0x00, 0x7f, 0x80]);
for (const enc of ['utf8', 'ucs2', 'latin1', 'ascii', 'hex', 'base64', 'base64url', 'binary', 'utf-16le']) {
  show(`toString ${enc}`, () => bytes.toString(enc));
}
for (const [s, e] of [[0, 3], [1, 3], [-5, 2], [3, 100], [5, 2], [undefined, 4], [2, undefined], ['1', '4'], [NaN, NaN], [1.7, 3.2]]) {
  show(`range ${s} ${e}`, () => bytes.toString('latin1', s, e));
}
show('toString bad', () => bytes.toString('bogus'));
show('toString null enc', () => Buffer.from('ab').toString(null));
show('large utf8', () => Buffer.from('\u00e9'.repeat(10000)).toString().length);
show('large latin1', () => Buffer.alloc(10000, 0xe9).toString('latin1').charCodeAt(9999));
show('truncated 4-byte', () => Buffer.from([0xf0, 0x9f, 0x98]).toString());
show('lone continuation', () => Buffer.from([0x80, 0x80, 0x41]).toString());
show('overlong', () => Buffer.from([0xe0, 0x80, 0x80]).toString());
show('surrogate encoded', () => Buffer.from([0xed, 0xbf, 0xbf]).toString());
show('above max', () => Buffer.from([0xf4, 0x90, 0x80, 0x80]).toString());
show('odd ucs2', () => Buffer.from([0x41, 0, 0x42]).toString('ucs2'));
show('toLocaleString', () => Buffer.from('ab').toLocaleString());
