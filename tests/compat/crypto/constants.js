// crypto.constants: names, values, order and the settable defaultCipherList.
const crypto = require('crypto');
const c = crypto.constants;
console.log(Object.getPrototypeOf(c), Object.isFrozen(c));
for (const [k, v] of Object.entries(c)) console.log(k, typeof v === 'string' ? v.length : v);
const d = Object.getOwnPropertyDescriptor(crypto, 'constants');
console.log(d.writable, d.enumerable, d.configurable);
const before = c.defaultCipherList;
c.defaultCipherList = 'HIGH';
console.log(c.defaultCipherList, c.defaultCoreCipherList === before);
c.defaultCipherList = before;
crypto.constants = 5;
console.log(crypto.constants === c);
