// DataView shows byteLength, byteOffset and its buffer.
const { inspect } = require('util');
const buffer = new ArrayBuffer(6);
new Uint8Array(buffer).set([1, 2, 3, 4, 5, 6]);
console.log(new DataView(buffer), new DataView(buffer, 2), new DataView(buffer, 1, 3));
console.log(new DataView(new ArrayBuffer(0)));
console.log(inspect(new DataView(buffer), { depth: 0 }));
console.log(inspect(new DataView(buffer), { showHidden: true }));
console.log(inspect({ dv: new DataView(buffer) }, { compact: false }));
const dv = new DataView(buffer);
dv.extra = true;
console.log(dv);
