// Edge cases of hashing, HMAC, randomUUID and timingSafeEqual found by comparing with node.
const crypto = require('crypto');
const util = require('util');
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, '->', Buffer.isBuffer(r) ? `Buffer <${r.toString('hex')}>` : util.inspect(r));
  } catch (e) {
    console.log(label, '-> threw', e.constructor.name, e.code, e.message);
  }
}
// crypto.hash: 'buffer' in any letter case asks for a Buffer.
for (const enc of ['buffer', 'BUFFER', 'Buffer', 'hex', 'HEX', 'bUfFeR', 'buffers', ''])
  t(`hash(sha1, 'a', ${util.inspect(enc)})`, () => crypto.hash('sha1', 'a', enc));

// An Hmac that is already finalized returns an empty digest; any falsy encoding is a Buffer.
for (const enc of [undefined, '', null, 0, false, 'buffer', 'hex', 'base64', 'nope', 5]) {
  t(`finalized hmac digest(${util.inspect(enc)})`, () => {
    const h = crypto.createHmac('sha256', 'key');
    h.digest();
    return h.digest(enc);
  });
}

// An object that only looks like a KeyObject is not a key.
t('createHmac with a look-alike key', () => crypto.createHmac('sha1', {
  type: 'secret',
  export() { return Buffer.from('k'); },
}));
t('createHmac with a look-alike key, bad digest', () => crypto.createHmac('nope', { type: 'secret' }));

// randomUUID: only a missing disableEntropyCache defaults to false.
for (const v of [undefined, null, true, false, 0, 'yes']) {
  t(`randomUUID({ disableEntropyCache: ${util.inspect(v)} })`,
    () => crypto.randomUUID({ disableEntropyCache: v }).length);
}

// timingSafeEqual takes SharedArrayBuffers like ArrayBuffers.
const sab = new SharedArrayBuffer(2);
new Uint8Array(sab).set([1, 2]);
t('tse(sab, Buffer equal)', () => crypto.timingSafeEqual(sab, Buffer.from([1, 2])));
t('tse(Buffer, sab equal)', () => crypto.timingSafeEqual(Buffer.from([1, 2]), sab));
t('tse(Buffer, sab different)', () => crypto.timingSafeEqual(Buffer.from([1, 3]), sab));
t('tse(sab, sab)', () => crypto.timingSafeEqual(sab, new SharedArrayBuffer(2)));
t('tse(sab, 3-byte Buffer)', () => crypto.timingSafeEqual(sab, Buffer.alloc(3)));
t('tse(sab, string)', () => crypto.timingSafeEqual(sab, 'ab'));
t('tse(view on sab, ArrayBuffer)', () => crypto.timingSafeEqual(new Uint8Array(sab), new ArrayBuffer(2)));

// The state of a Hash inspects with only its finalized flag, as node's does.
const h = crypto.createHash('sha1');
const stateKey = Object.getOwnPropertySymbols(h).find((s) => s.description === 'kState');
console.log('hash state', util.inspect(h[stateKey]));
h.digest();
console.log('hash state after digest', util.inspect(h[stateKey]));
