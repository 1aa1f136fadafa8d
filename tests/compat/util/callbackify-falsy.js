// util.callbackify: falsy rejection reasons are wrapped in ERR_FALSY_VALUE_REJECTION.
const util = require('util');

const reasons = [null, undefined, 0, '', false, NaN, 0n];
for (const reason of reasons) {
  util.callbackify(() => Promise.reject(reason))((err) => {
    console.log(String(reason), err instanceof Error, err.name, err.code, err.message,
                Object.is(err.reason, reason), 'reason' in err, Object.keys(err).join(','));
  });
}
util.callbackify(() => Promise.reject('truthy'))((err) => console.log('truthy kept:', err));
const obj = { not: 'an error' };
util.callbackify(() => Promise.reject(obj))((err) => console.log('object kept:', err === obj));
