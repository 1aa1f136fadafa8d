// zlib.crc32 over strings (UTF-8), buffers and views, with running values and bad
// arguments.
const zlib = require('zlib');

const cases = {
  'empty string': () => zlib.crc32(''),
  'hello': () => zlib.crc32('hello'),
  'buffer hello': () => zlib.crc32(Buffer.from('hello')),
  'continued': () => zlib.crc32('world', zlib.crc32('hello ')),
  'whole': () => zlib.crc32('hello world'),
  'utf8': () => zlib.crc32('\u00e9\u4e2d\ud83d\ude00'),
  'lone surrogate': () => zlib.crc32('a\ud800b'),
  'initial value': () => zlib.crc32('abc', 12345),
  'max initial': () => zlib.crc32('abc', 4294967295),
  'uint16array': () => zlib.crc32(new Uint16Array([1, 2, 3])),
  'float64array': () => zlib.crc32(new Float64Array([1.5])),
  'dataview': () => zlib.crc32(new DataView(new Uint8Array([1, 2, 3, 4]).buffer, 1, 2)),
  'subarray': () => zlib.crc32(Buffer.from('xxhelloxx').subarray(2, 7)),
  'large': () => zlib.crc32(Buffer.alloc(1 << 20, 0x61)),
  'number': () => zlib.crc32(5),
  'arraybuffer': () => zlib.crc32(new ArrayBuffer(4)),
  'null': () => zlib.crc32(null),
  'string value': () => zlib.crc32('a', 'b'),
  'negative value': () => zlib.crc32('a', -1),
  'too big value': () => zlib.crc32('a', 2 ** 32),
  'float value': () => zlib.crc32('a', 1.5),
  'NaN value': () => zlib.crc32('a', NaN),
  'undefined value': () => zlib.crc32('a', undefined),
};
for (const [name, fn] of Object.entries(cases)) {
  try {
    console.log(name, fn());
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
