// Views of detached ArrayBuffers have no bytes: the crypto functions treat them as empty
// input instead of failing.
const crypto = require('crypto');
function detachedView() {
  const buffer = new ArrayBuffer(8);
  const view = new Uint8Array(buffer);
  structuredClone(buffer, { transfer: [buffer] });
  return { buffer, view };
}
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, '->', Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(label, '-> threw', e.constructor.name, e.code, e.message);
  }
}
t('getRandomValues', () => globalThis.crypto.getRandomValues(detachedView().view).length);
t('crypto.getRandomValues', () => crypto.getRandomValues(detachedView().view).byteLength);
t('randomFillSync view', () => crypto.randomFillSync(detachedView().view).length);
t('randomFillSync buffer', () => crypto.randomFillSync(detachedView().buffer).byteLength);
t('hash update', () => crypto.createHash('sha1').update(detachedView().view).digest('hex'));
t('hmac update', () => crypto.createHmac('sha1', 'k').update(detachedView().view).digest('hex'));
t('hmac key', () => crypto.createHmac('sha1', detachedView().view).digest('hex'));
t('one-shot hash', () => crypto.hash('sha1', detachedView().view));
t('timingSafeEqual', () => crypto.timingSafeEqual(detachedView().view, new Uint8Array(0)));

(async () => {
  for (const [label, data] of [['view', detachedView().view], ['buffer', detachedView().buffer]]) {
    try {
      const digest = await globalThis.crypto.subtle.digest('SHA-1', data);
      console.log('subtle.digest', label, Buffer.from(digest).toString('hex'));
    } catch (e) {
      console.log('subtle.digest', label, 'rejected', e.name, e.code, e.message);
    }
  }
})();
