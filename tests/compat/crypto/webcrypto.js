console.log(typeof crypto, crypto === require('crypto').webcrypto, Object.prototype.toString.call(crypto), Object.prototype.toString.call(crypto.subtle));
const a = new Uint8Array(16);
console.log(crypto.getRandomValues(a) === a, crypto.getRandomValues(new BigUint64Array(2)).length, typeof crypto.randomUUID());
for (const bad of [new Float32Array(2), new DataView(new ArrayBuffer(2)), [1, 2], new Uint8Array(65537)]) {
  try {
    crypto.getRandomValues(bad);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
(async () => {
  for (const alg of ['SHA-1', 'sha-256', { name: 'SHA-384' }, 'SHA-512']) {
    const d = await crypto.subtle.digest(alg, new TextEncoder().encode('abc'));
    console.log(typeof alg === 'string' ? alg : alg.name, d instanceof ArrayBuffer, Buffer.from(d).toString('hex').slice(0, 16));
  }
  for (const [alg, data] of [['MD5', new Uint8Array(1)], ['SHA-256', 'str']]) {
    try {
      await crypto.subtle.digest(alg, data);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
})();
