const buffer = require('buffer');
console.log(Object.keys(buffer).sort().join());
console.log(buffer.constants.MAX_LENGTH === buffer.kMaxLength, typeof buffer.kStringMaxLength);
console.log(buffer.Buffer === Buffer, typeof buffer.SlowBuffer, buffer.INSPECT_MAX_BYTES);
console.log(buffer.isUtf8(Buffer.from('h\u00e9')), buffer.isUtf8(Buffer.from([0xff])), buffer.isUtf8(new ArrayBuffer(2)));
console.log(buffer.isAscii(Buffer.from('abc')), buffer.isAscii(Buffer.from('\u00e9')));
for (const bad of ['x', 1, null]) {
  try {
    buffer.isUtf8(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
console.log(buffer.transcode(Buffer.from('h\u00e9llo'), 'utf8', 'latin1').toString('hex'));
console.log(buffer.transcode(Buffer.from('hi'), 'utf8', 'ucs2').toString('hex'));
console.log(buffer.transcode(Buffer.from('\u20ac'), 'utf8', 'ascii').toString('hex'));
console.log(buffer.btoa('hello'), buffer.atob('aGVsbG8='), atob(' aG Vs bG8 '), btoa === buffer.btoa);
for (const bad of ['a', 'aGVsbG8===', '\u20ac', 'ab!c']) {
  try {
    console.log(JSON.stringify(atob(bad)));
  } catch (e) {
    console.log(e.name, e.message);
  }
}
try {
  btoa('\u20ac');
} catch (e) {
  console.log(e.name, e.message);
}
