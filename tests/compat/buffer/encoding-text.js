const show = require('./_show');
const d = new TextDecoder();
console.log(d.encoding, d.fatal, d.ignoreBOM);
for (const label of ['utf-8', 'UTF8', ' utf-8 ', 'unicode-1-1-utf-8', 'utf-16', 'utf-16le', 'utf-16be', 'latin1', 'ascii', 'iso-8859-1', 'windows-1252', 'us-ascii', 'bogus', '']) {
  show(`label ${JSON.stringify(label)}`, () => new TextDecoder(label).encoding);
}
const cases = [[0x68, 0x69], [0xef, 0xbb, 0xbf, 0x41], [0xff, 0x41], [0xe2, 0x82], [0xc3, 0xa9, 0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80], [0xed, 0xa0, 0x80], []];
for (const c of cases) {
  const bytes = new Uint8Array(c);
  show(`decode ${c.join(',')}`, () => new TextDecoder().decode(bytes));
  show(`fatal ${c.join(',')}`, () => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  show(`ignoreBOM ${c.join(',')}`, () => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
  show(`utf16 ${c.join(',')}`, () => new TextDecoder('utf-16le').decode(bytes));
  show(`latin1 ${c.join(',')}`, () => new TextDecoder('latin1').decode(bytes));
}
const s = new TextDecoder();
const chunks = [[0xe2], [0x82], [0xac, 0x41, 0xf0, 0x9f], [0x98, 0x80], [0xe2]];
for (const c of chunks) show(`stream ${c}`, () => s.decode(new Uint8Array(c), { stream: true }));
show('stream end', () => s.decode());
show('decode buffer', () => new TextDecoder().decode(Buffer.from('buf')));
show('decode dataview', () => new TextDecoder().decode(new DataView(new Uint8Array([65, 66]).buffer)));
show('decode arraybuffer', () => new TextDecoder().decode(new Uint8Array([67]).buffer));
show('decode bad', () => new TextDecoder().decode('str'));
show('decode bad options', () => new TextDecoder('utf-8', 5));
const e = new TextEncoder();
console.log(e.encoding, Array.from(e.encode('h\u00e9\ud83d\ude00')).join(), e.encode().length, Array.from(e.encode('a\ud800')).join());
show('encode is Uint8Array', () => Object.getPrototypeOf(e.encode('x')) === Uint8Array.prototype);
for (const [src, n] of [['hello', 3], ['h\u00e9llo', 2], ['h\u00e9llo', 3], ['\ud83d\ude00x', 3], ['\ud83d\ude00x', 5], ['', 2]]) {
  show(`encodeInto ${JSON.stringify(src)} ${n}`, () => JSON.stringify(e.encodeInto(src, new Uint8Array(n))));
}
show('encodeInto bad', () => e.encodeInto('x', []));
console.log(Object.prototype.toString.call(e), Object.prototype.toString.call(d));
