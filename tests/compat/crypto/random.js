const crypto = require('crypto');
console.log(crypto.randomBytes(0).length, crypto.randomBytes(16).length, Buffer.isBuffer(crypto.randomBytes(1)));
const uuids = new Set();
for (let i = 0; i < 300; i++) uuids.add(crypto.randomUUID());
const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
console.log(uuids.size, [...uuids].every((u) => re.test(u)), re.test(crypto.randomUUID({ disableEntropyCache: true })));
let inRange = true;
for (let i = 0; i < 1000; i++) {
  const n = crypto.randomInt(5, 10);
  if (n < 5 || n >= 10 || !Number.isInteger(n)) inRange = false;
}
console.log('randomInt range', inRange, crypto.randomInt(1) === 0);
const buf = Buffer.alloc(8);
crypto.randomFillSync(buf, 2, 3);
console.log(buf[0] === 0 && buf[1] === 0 && buf[5] === 0 && buf[7] === 0);
console.log(crypto.randomFillSync(new Uint32Array(4)).length, crypto.randomFillSync(new ArrayBuffer(3)).byteLength);
const errors = {
  'randomBytes -1': () => crypto.randomBytes(-1),
  'randomBytes str': () => crypto.randomBytes('x'),
  'randomBytes huge': () => crypto.randomBytes(2 ** 31),
  'randomBytes cb': () => crypto.randomBytes(1, 5),
  'randomInt order': () => crypto.randomInt(10, 5),
  'randomInt range': () => crypto.randomInt(2 ** 49),
  'randomInt float': () => crypto.randomInt(1.5),
  'randomInt cb': () => crypto.randomInt(1, 2, 'x'),
  'fillSync bad': () => crypto.randomFillSync('x'),
  'fillSync offset': () => crypto.randomFillSync(Buffer.alloc(4), 5),
  'fillSync size': () => crypto.randomFillSync(Buffer.alloc(4), 1, 4),
  'uuid bad': () => crypto.randomUUID(5),
  'uuid bad cache': () => crypto.randomUUID({ disableEntropyCache: 1 }),
  'timingSafeEqual length': () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')),
  'timingSafeEqual type': () => crypto.timingSafeEqual('a', Buffer.from('a')),
};
for (const [name, fn] of Object.entries(errors)) {
  try {
    fn();
    console.log(name, 'ok');
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')), crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])));
crypto.randomBytes(8, (err, b) => console.log('async randomBytes', err, b.length));
crypto.randomFill(Buffer.alloc(4), (err, b) => console.log('async randomFill', err, b.length));
crypto.randomInt(3, (err, n) => console.log('async randomInt', err, n >= 0 && n < 3));
