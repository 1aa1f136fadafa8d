// createHash for every algorithm getHashes() lists, with digests in every encoding, and
// the one-shot crypto.hash. Algorithms whose output node and OpenSSL define the same way.
const crypto = require('crypto');
const names = crypto.getHashes();
console.log(names.length, JSON.stringify(names));
const encodings = [undefined, 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'utf8', 'utf16le', 'ucs2', 'HEX', 'buffer', 'nope'];
const show = (v) => (Buffer.isBuffer(v) ? `<Buffer ${v.toString('hex')}>` : JSON.stringify(v));
for (const name of names) {
  let line = name;
  for (const enc of encodings) {
    try {
      line += ` ${enc}=${show(crypto.createHash(name).update('abc').update(Buffer.from([0, 255])).digest(enc))}`;
    } catch (e) {
      line += ` ${enc}!${e.code || e.message}`;
    }
  }
  console.log(line);
  try {
    const h = crypto.createHash(name);
    const empty = h.digest('hex');
    console.log(' empty', empty, crypto.hash(name, '', 'hex') === empty, crypto.hash(name, Buffer.from('abc')) === crypto.createHash(name).update('abc').digest('hex'));
  } catch (e) {
    console.log(' empty threw', e.name, e.code, e.message);
  }
}
for (const name of ['SHA256', 'Sha256', 'sha-256', 'SHA-256', 'RSA-SHA256', 'rsa-sha256', 'sha256WithRSAEncryption', 'md5', 'MD5', 'sha512-256', 'SHA512-256', 'sha3-256', 'SHA3-256', 'ripemd', 'ripemd160', 'rmd160', 'blake2b512', 'BLAKE2B512', 'blake2s256', 'sm3', 'md4', 'whirlpool', 'shake128', 'shake256', 'md5-sha1', 'ssl3-md5', 'sha1', 'SHA1', 'sha', 'dss1', 'sha224', 'SHA512']) {
  try {
    console.log(name, crypto.createHash(name).update('x').digest('hex'));
  } catch (e) {
    console.log(name, 'threw', e.name, e.code, e.message);
  }
}
