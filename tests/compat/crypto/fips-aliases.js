// getFips/setFips/fips (OpenSSL's FIPS default-property switch, without a FIPS provider)
// and the hidden randomBytes aliases.
const crypto = require('crypto');
const util = require('util');
function t(label, fn) {
  try {
    console.log(label, util.inspect(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, String(e));
  }
}
t('getFips', () => [crypto.getFips(), crypto.fips, crypto.getFips.length, crypto.setFips.length]);
t('setFips(false)', () => [crypto.setFips(false), crypto.getFips()]);
t('setFips(0) and friends', () => [crypto.setFips(0), crypto.setFips(''), crypto.setFips(), crypto.setFips(null), crypto.getFips()]);
t('setFips(true)', () => [crypto.setFips(true), crypto.getFips(), crypto.fips]);
t('hash in FIPS mode without provider', () => crypto.createHash('sha256').digest('hex'));
t('one-shot in FIPS mode', () => crypto.hash('sha1', 'x'));
t('hmac in FIPS mode', () => crypto.createHmac('sha256', 'k').digest('hex'));
t('setFips(false) again', () => [crypto.setFips(false), crypto.getFips(), crypto.createHash('md5').digest('hex')]);
t('fips setter', () => { crypto.fips = 1; const on = crypto.getFips(); crypto.fips = false; return [on, crypto.getFips()]; });
t('fips descriptor', () => { const d = Object.getOwnPropertyDescriptor(crypto, 'fips'); return [typeof d.get, typeof d.set, d.enumerable, d.configurable]; });
for (const name of ['pseudoRandomBytes', 'prng', 'rng']) {
  t(name, () => { const d = Object.getOwnPropertyDescriptor(crypto, name); return [typeof d.get, typeof d.set, d.enumerable, d.configurable, crypto[name] === crypto.randomBytes, Object.keys(crypto).includes(name)]; });
}
t('overwrite prng', () => { crypto.prng = 5; const d = Object.getOwnPropertyDescriptor(crypto, 'prng'); return [crypto.prng, d.writable, d.enumerable, d.configurable]; });
t('keys in order', () => Object.keys(crypto).filter((k) => ['getFips', 'setFips', 'timingSafeEqual', 'hash', 'Hash', 'Hmac', 'constants', 'webcrypto', 'subtle', 'getRandomValues'].includes(k)));
