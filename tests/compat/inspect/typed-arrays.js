// Typed arrays of every kind.
const { inspect } = require('util');
const kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array];
for (const T of kinds) {
  console.log(new T(0), new T([1, -2, 3.75, 300]), new T(8));
}
console.log(new Float32Array([0.1, -0, NaN, Infinity, -Infinity, 1e-45]));
console.log(new Float64Array([0.1, 1 / 3, -0, 1e300]));
console.log(new Uint8Array(150));
const withProps = new Uint8Array([1, 2]);
withProps.label = 'x';
console.log(withProps);
const sub = new Uint8Array(new ArrayBuffer(16), 4, 8);
console.log(sub, sub.byteOffset);
class MyU8 extends Uint8Array {}
console.log(new MyU8(3), new MyU8(0));
console.log(inspect(new Int16Array([1, 2]), { colors: true }));
console.log(inspect({ a: { b: new Uint8Array(3) } }, { depth: 0 }));
console.log(inspect([new Uint8Array(3)], { depth: 0 }));
console.log(Object.setPrototypeOf(new Int32Array([5]), null));
