const show = require('./_show');
const cases = [
  ['writeUInt8', [255, 0]], ['writeUInt8', [256, 0]], ['writeUInt8', [-1, 0]], ['writeUInt8', ['7', 1]], ['writeUInt8', [NaN, 0]],
  ['writeInt8', [-128, 0]], ['writeInt8', [128, 0]], ['writeUInt16LE', [0xbeef, 1]], ['writeUInt16BE', [70000, 0]],
  ['writeInt16LE', [-2, 0]], ['writeInt16BE', [-32769, 0]], ['writeUInt32LE', [0xdeadbeef, 0]], ['writeUInt32BE', [2 ** 32, 0]],
  ['writeInt32LE', [-1, 4]], ['writeInt32BE', [2 ** 31, 0]], ['writeUInt32LE', [1, 5]], ['writeUInt32LE', [1, '0']],
  ['writeFloatLE', [1.5, 0]], ['writeFloatBE', [-0, 4]], ['writeDoubleLE', [Math.PI, 0]], ['writeDoubleBE', [Infinity, 1]],
  ['writeDoubleLE', ['x', 0]], ['writeFloatLE', [1, 6]],
  ['writeBigUInt64LE', [2n ** 64n - 1n, 0]], ['writeBigUInt64BE', [-1n, 0]], ['writeBigInt64LE', [-(2n ** 63n), 0]],
  ['writeBigInt64BE', [2n ** 63n, 0]], ['writeBigInt64LE', [1, 0]], ['writeBigUint64LE', [5n, 1]],
  ['writeUIntLE', [0x123456, 0, 3]], ['writeUIntBE', [2 ** 48 - 1, 1, 6]], ['writeUIntLE', [2 ** 48, 0, 6]],
  ['writeIntLE', [-(2 ** 47), 0, 6]], ['writeIntBE', [2 ** 47, 0, 6]], ['writeIntBE', [-1, 0, 5]], ['writeIntLE', [1, 0, 7]],
  ['writeUIntLE', [1, undefined, 2]], ['writeIntBE', [-(2 ** 39) - 1, 0, 5]], ['writeInt16LE', [1, 7]],
];
for (const [m, args] of cases) {
  const buf = Buffer.alloc(8);
  show(`${m}(${args.map(String).join(', ')})`, () => `${buf[m](...args)} ${buf.toString('hex')}`);
}
