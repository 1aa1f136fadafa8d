const crypto = require('crypto');
const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-256', 'sha3-256', 'blake2b512', 'ripemd160', 'RSA-SHA256', 'SHA256', 'sm3', 'shake128'];
for (const alg of algorithms) {
  for (const input of ['', 'abc', 'h\u00e9llo \ud83d\ude00', 'x'.repeat(1000)]) {
    console.log(alg, input.length, crypto.createHash(alg).update(input).digest('hex'));
  }
}
const h = crypto.createHash('sha256');
h.update('a').update(Buffer.from('b')).update(new Uint16Array([0x6463])).update(new DataView(new ArrayBuffer(2)));
console.log('chunks', h.digest('base64'));
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'buffer', undefined, 'ucs2', 'nope']) {
  const d = crypto.createHash('sha1').update('x').digest(enc);
  console.log('digest', enc, Buffer.isBuffer(d) ? `buffer ${d.toString('hex')}` : JSON.stringify(d));
}
for (const enc of ['utf8', 'latin1', 'hex', 'base64', 'ucs2']) {
  console.log('input enc', enc, crypto.createHash('md5').update('6869', enc).digest('hex'));
}
const a = crypto.createHash('sha256').update('prefix');
const b = a.copy();
a.update('one');
b.update('two');
console.log('copy', a.digest('hex') !== b.digest('hex'));
console.log('shake', crypto.createHash('shake256', { outputLength: 10 }).update('x').digest('hex'));
console.log('shake 0', crypto.createHash('shake256', { outputLength: 0 }).update('x').digest('hex'));
console.log('one-shot', crypto.hash('sha1', 'abc'), crypto.hash('md5', Buffer.from('abc'), 'base64'), crypto.hash('sha256', 'abc', 'buffer').length);
console.log(crypto.getHashes().join(' '));
console.log(typeof crypto.Hash, crypto.createHash('sha1') instanceof crypto.Hash, crypto.Hash('sha1') instanceof crypto.Hash);
