const show = require('./_show');
const b = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 0xff, 0x80, 0x7f, 0]);
for (const m of ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE', 'readUInt32LE', 'readUInt32BE', 'readInt32LE', 'readInt32BE', 'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE', 'readBigUInt64LE', 'readBigInt64BE', 'readUint8', 'readUint32LE']) {
  for (const off of [0, 1, 4, 8, 11, -1, 1.5, '1', undefined, 12, NaN]) {
    show(`${m}(${String(off)})`, () => b[m](off));
  }
}
for (const m of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE']) {
  for (const [off, len] of [[0, 1], [0, 6], [2, 3], [8, 4], [0, 7], [0, 0], [7, 6], [undefined, 2], [0, '2']]) {
    show(`${m}(${off}, ${len})`, () => b[m](off, len));
  }
}
