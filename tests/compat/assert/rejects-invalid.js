'use strict';
const assert = require('assert');
const { checkAsync } = require('./_common');


(async () => {
  await checkAsync('fn returns non-promise', () => assert.rejects(() => 1));
  await checkAsync('fn throws synchronously', () => assert.rejects(() => { throw new Error('sync'); }));
  await checkAsync('not a function or promise', () => assert.rejects(1));
  await checkAsync('doesNotReject non-promise', () => assert.doesNotReject(() => 5));
  await checkAsync('doesNotReject number', () => assert.doesNotReject(5));
  await checkAsync('bad error arg', () => assert.rejects(Promise.reject(new Error('e')), 5));
  let sync = true;
  const p = assert.rejects(1).catch((e) => console.log('rejected later', e.code, sync));
  sync = false;
  await p;
})();
