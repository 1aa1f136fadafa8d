// The function objects of node:crypto's basics, node:querystring, node:punycode, node:os and
// string_decoder: names, declared lengths, prototype keys, and calling methods on objects
// of the wrong kind. Also digests in odd lengths and odd input encodings.
const crypto = require('crypto');
const { StringDecoder } = require('string_decoder');
const util = require('util');
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, Buffer.isBuffer(r) ? `<Buffer ${r.toString('hex')}>` : util.inspect(r));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, String(e));
  }
}
const fns = (mod) => Object.entries(mod).filter(([, v]) => typeof v === 'function').map(([k, v]) => `${k}:${v.name}:${v.length}`).join(' ');
t('crypto', () => ['createHash', 'createHmac', 'hash', 'getHashes', 'randomBytes', 'randomFill', 'randomFillSync', 'randomInt', 'randomUUID', 'timingSafeEqual', 'getFips', 'setFips', 'getRandomValues'].map((k) => `${k}:${crypto[k].name}:${crypto[k].length}`).join(' '));
t('Hash.prototype', () => [Object.keys(crypto.Hash.prototype), Object.keys(crypto.Hmac.prototype)]);
t('instance keys', () => [Object.keys(crypto.createHash('md5')), Object.keys(crypto.createHmac('md5', 'k'))]);
t('querystring', () => fns(require('querystring')));
t('punycode', () => fns(require('punycode')) + ' ' + fns(require('punycode').ucs2));
t('os', () => fns(require('os')));
t('StringDecoder', () => [StringDecoder.name, StringDecoder.length, Object.getOwnPropertyNames(StringDecoder.prototype), ['write', 'end', 'text'].map((k) => StringDecoder.prototype[k].length)]);
t('encoding changed after construction', () => { const d = new StringDecoder('utf8'); d.encoding = 'hex'; return [d.write(Buffer.from('ab')), d.end(Buffer.from([0xc3])), d.encoding]; });
t('encoding deleted', () => { const d = new StringDecoder('base64'); delete d.encoding; return [d.write(Buffer.from('abcd')), d.end()]; });
t('ucs2 odd digest', () => crypto.createHash('shake128', { outputLength: 5 }).digest('ucs2'));
t('base64 one-byte digest', () => crypto.createHash('shake128', { outputLength: 1 }).digest('base64'));
t('update hex uppercase', () => crypto.createHash('md5').update('ABCDEF', 'hex').digest('hex'));
t('update base64 with whitespace', () => crypto.createHash('md5').update(' YW Jj\n', 'base64').digest('hex'));
t('update invalid hex', () => crypto.createHash('md5').update('zzzz', 'hex').digest('hex'));
t('update hex stops at bad pair', () => crypto.createHash('md5').update('61zz62', 'hex').digest('hex') === crypto.createHash('md5').update('a').digest('hex'));
t('createHash with a Hash', () => crypto.createHash(crypto.createHash('md5')));
