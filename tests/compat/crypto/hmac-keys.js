// createHmac with keys of every kind (strings, Buffers, TypedArrays, DataView, empty),
// bad keys, algorithms and the object's lifecycle.
const crypto = require('crypto');
const util = require('util');
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, Buffer.isBuffer(r) ? `<Buffer ${r.toString('hex')}>` : util.inspect(r));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, String(e));
  }
}
const keys = ['', 'key', '\u00e9\ud83d\ude00', 'k'.repeat(200), Buffer.alloc(0), Buffer.from('key'), Buffer.alloc(1000, 1), new Uint8Array([1, 2, 3]), new Uint16Array([0x201, 0x3]), new Int32Array([-1]), new Float32Array([1.5]),
  new BigUint64Array([1n]), new DataView(new Uint8Array([1, 2, 3]).buffer), new DataView(new ArrayBuffer(4), 1, 2), new ArrayBuffer(3), new Uint8Array(new ArrayBuffer(8), 2, 3)];
for (const key of keys) {
  t(`key ${util.inspect(key).slice(0, 60)}`, () => crypto.createHmac('sha256', key).update('data').digest('hex'));
}
for (const key of [undefined, null, 5, true, {}, [], [1, 2], Symbol('k'), 1n, () => 1, new String('s')]) {
  t(`bad key ${util.inspect(key)}`, () => crypto.createHmac('sha256', key));
}
for (const alg of [undefined, null, 5, '', 'nope', 'shake128', 'SHA256', 'RSA-SHA256', 'md5', 'sha3-512', 'blake2b512', 'sha512-224', 'ripemd160', 'sm3']) {
  t(`alg ${util.inspect(alg)}`, () => crypto.createHmac(alg, 'k').update('d').digest('hex'));
}
t('key string with encoding option', () => crypto.createHmac('sha1', 'ab', { encoding: 'hex' }).digest('hex'));
t('key string with latin1 option', () => crypto.createHmac('sha1', '\u00e9', { encoding: 'latin1' }).digest('hex'));
t('options bad', () => { const h = crypto.createHmac('sha1', 'k', 5); return [h._options, h.digest('hex')]; });
t('options.encoding bad', () => crypto.createHmac('sha1', 'k', { encoding: 5 }));
t('options.encoding unknown', () => crypto.createHmac('sha1', 'k', { encoding: 'nope' }).digest('hex'));
t('options.encoding buffer', () => crypto.createHmac('sha1', '\u00e9', { encoding: 'buffer' }).digest('hex'));
t('options.encoding null', () => crypto.createHmac('sha1', 'k', { encoding: null }).digest('hex'));
t('options.encoding for buffer key', () => crypto.createHmac('sha1', Buffer.from('ab'), { encoding: 'hex' }).digest('hex'));
t('digest twice', () => { const h = crypto.createHmac('sha1', 'k'); h.digest(); return h.digest(); });
t('digest twice hex', () => { const h = crypto.createHmac('sha1', 'k'); h.digest(); return h.digest('hex'); });
t('update after digest', () => { const h = crypto.createHmac('sha1', 'k'); h.digest(); return h.update('x'); });
t('update types', () => [Buffer.from('a'), new Uint8Array([97]), new DataView(new Uint8Array([97]).buffer), 'a'].map((d) => crypto.createHmac('md5', 'k').update(d).digest('hex')));
t('update bad', () => crypto.createHmac('md5', 'k').update(5));
t('update encoding', () => crypto.createHmac('md5', 'k').update('ff', 'hex').digest('base64'));
t('Hmac without new', () => crypto.Hmac('md5', 'k').digest('hex'));
t('no copy', () => typeof crypto.createHmac('md5', 'k').copy);
t('digest encodings', () => ['hex', 'base64', 'latin1', 'base64url', 'nope'].map((e) => { const r = crypto.createHmac('md5', 'k').digest(e); return Buffer.isBuffer(r) ? 'buffer' : r; }));
t('long key hashed', () => crypto.createHmac('sha256', 'x'.repeat(65)).digest('hex') === crypto.createHmac('sha256', crypto.createHash('sha256').update('x'.repeat(65)).digest()).digest('hex'));
t('rfc4231 case 1', () => crypto.createHmac('sha256', Buffer.alloc(20, 0x0b)).update('Hi There').digest('hex'));
