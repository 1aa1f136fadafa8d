// ArrayBuffer and SharedArrayBuffer show their bytes in hex.
const { inspect } = require('util');
const ab = new ArrayBuffer(8);
new Uint8Array(ab).set([0, 1, 15, 16, 127, 128, 254, 255]);
console.log(ab, new ArrayBuffer(0), new ArrayBuffer(1));
console.log(new ArrayBuffer(60));
console.log(new ArrayBuffer(200));
console.log(inspect(ab, { maxArrayLength: 3 }), inspect(ab, { maxArrayLength: 7 }), inspect(ab, { maxArrayLength: 0 }));
console.log(inspect(ab, { showHidden: true }), inspect(ab, { colors: true }));
const withProp = new ArrayBuffer(2);
withProp.tag = 'x';
console.log(withProp);
console.log({ nested: ab }, [ab], inspect({ a: { ab } }, { depth: 0 }));
console.log(new Uint8Array(ab).buffer === ab, inspect(new Uint16Array(ab), { showHidden: true }));
class MyBuffer extends ArrayBuffer {}
console.log(new MyBuffer(2));
if (typeof SharedArrayBuffer === 'function') {
  const sab = new SharedArrayBuffer(4);
  new Uint8Array(sab)[0] = 170;
  console.log(sab, new Int8Array(sab));
}
