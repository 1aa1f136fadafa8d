// Hash objects: update/digest/copy in every order, argument types, outputLength for the
// XOFs, and crypto.hash's arguments.
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
const data = [undefined, null, 5, true, {}, [], [1], 'str', '', new ArrayBuffer(2), new Uint8Array([1, 2]), new Uint16Array([0x102]), new Float64Array([1]), new BigInt64Array([1n]), new DataView(new ArrayBuffer(3)), Buffer.from('b'), Symbol('s'), 1n, () => 1, new String('boxed')];
for (const d of data) t(`update ${util.inspect(d)}`, () => crypto.createHash('sha1').update(d).digest('hex'));
for (const enc of ['utf8', 'hex', 'base64', 'latin1', 'ucs2', 'ascii', 'base64url', 'binary', 'buffer', 'nope', 5, null, undefined]) {
  t(`update 'abcd' ${util.inspect(enc)}`, () => crypto.createHash('sha1').update('abcd', enc).digest('hex'));
}
t('update odd hex', () => crypto.createHash('sha1').update('abc', 'hex').digest('hex'));
t('update bad hex', () => crypto.createHash('sha1').update('zz', 'hex').digest('hex'));
t('update encoding ignored for buffers', () => crypto.createHash('sha1').update(Buffer.from('ab'), 'hex').digest('hex'));
t('chained returns this', () => { const h = crypto.createHash('md5'); return h.update('a') === h; });
t('digest twice', () => { const h = crypto.createHash('md5'); h.digest(); return h.digest(); });
t('update after digest', () => { const h = crypto.createHash('md5'); h.digest(); return h.update('a'); });
t('copy after digest', () => { const h = crypto.createHash('md5'); h.digest(); return h.copy(); });
t('copy independent', () => { const h = crypto.createHash('sha256').update('a'); const c = h.copy(); c.update('b'); return [h.digest('hex'), c.digest('hex'), crypto.createHash('sha256').update('ab').digest('hex')]; });
t('copy of copy', () => crypto.createHash('sha1').update('x').copy().copy().digest('hex'));
t('copy instanceof', () => { const c = crypto.createHash('sha1').copy(); return [c instanceof crypto.Hash, c.constructor.name]; });
t('copy bad options', () => { const c = crypto.createHash('sha1').copy(5); return [c._options, c.digest('hex')]; });
t('createHash options kept', () => [crypto.createHash('sha1', 'x')._options, crypto.createHash('sha1', { highWaterMark: 4 })._options]);
t('copy outputLength non-xof', () => crypto.createHash('sha1').copy({ outputLength: 4 }));
t('copy outputLength xof', () => crypto.createHash('shake128').update('a').copy({ outputLength: 4 }).digest('hex'));
for (const len of [0, 1, 16, 32, 33, 64, 100, -1, 1.5, '4', null, NaN, 2 ** 32]) {
  t(`shake128 outputLength ${util.inspect(len)}`, () => crypto.createHash('shake128', { outputLength: len }).update('abc').digest('hex'));
  t(`shake256 outputLength ${util.inspect(len)}`, () => { const r = crypto.createHash('shake256', { outputLength: len }).digest(); return r.length; });
}
t('shake default lengths', () => [crypto.createHash('shake128').digest().length, crypto.createHash('shake256').digest().length]);
t('sha256 outputLength 32', () => crypto.createHash('sha256', { outputLength: 32 }).digest('hex'));
t('sha256 outputLength 31', () => crypto.createHash('sha256', { outputLength: 31 }).digest('hex'));
t('sha256 outputLength 0', () => crypto.createHash('sha256', { outputLength: 0 }).digest('hex'));
for (const alg of [undefined, null, 5, {}, '', 'nope', 'sha256 ', ' sha256', Symbol('x')]) {
  t(`createHash ${util.inspect(alg)}`, () => crypto.createHash(alg));
}
for (const opts of [null, 5, 'x', [], { outputLength: undefined }]) {
  t(`createHash options ${util.inspect(opts)}`, () => crypto.createHash('sha1', opts).digest('hex'));
}
t('Hash without new', () => crypto.Hash('sha1').update('a').digest('hex'));
t('new Hash', () => new crypto.Hash('md5').digest('hex'));
for (const args of [['sha1'], ['sha1', 5], ['sha1', 'x', 'hex'], ['sha1', 'x', 'base64'], ['sha1', 'x', 'buffer'], ['sha1', 'x', 'latin1'], ['sha1', 'x', 'nope'], ['sha1', 'x', 5], ['sha1', 'x', null], ['nope', 'x'], [5, 'x'],
  ['sha1', Buffer.from('x')], ['sha1', new Uint8Array([120])], ['sha1', new DataView(new Uint8Array([120]).buffer)], ['sha1', new ArrayBuffer(1)], ['sha1', ['x']], ['shake128', 'x'], ['shake256', 'x', 'base64'], ['SHA256', 'x'], ['md5', '\ud800']]) {
  t(`hash(${args.map((a) => util.inspect(a)).join(', ')})`, () => crypto.hash(...args));
}
t('digest encodings', () => ['hex', 'base64', 'latin1', 'utf16le', 'base64url', 'ascii', 'utf8'].map((e) => crypto.createHash('md5').update('q').digest(e)));
t('digest bad encoding returns buffer', () => Buffer.isBuffer(crypto.createHash('md5').digest('nope')));
t('digest number encoding', () => crypto.createHash('md5').digest(5));
t('large update', () => crypto.createHash('sha512').update(Buffer.alloc(5 * 1024 * 1024, 7)).digest('base64'));
t('many small updates', () => { const h = crypto.createHash('sha1'); for (let i = 0; i < 10000; i++) h.update('ab'); return h.digest('hex'); });
t('unicode update', () => crypto.createHash('sha1').update('\u00e9\ud83d\ude00\ud800').digest('hex'));
t('unicode latin1 update', () => crypto.createHash('sha1').update('\u00e9\u0100', 'latin1').digest('hex'));
t('is stream', () => { const h = crypto.createHash('sha1'); return [typeof h.pipe, typeof h.write, typeof h.on]; });
t('xof copy takes the default length', () => [0, 5, 40].map((n) => crypto.createHash('shake256', { outputLength: n }).update('a').copy().digest('hex')));
t('xof copy with its own length', () => crypto.createHash('shake128', { outputLength: 5 }).update('a').copy({ outputLength: 3 }).digest('hex'));
t('xof copy with null options', () => crypto.createHash('shake128', { outputLength: 5 }).copy(null).digest().length);
