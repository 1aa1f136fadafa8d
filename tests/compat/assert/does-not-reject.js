'use strict';
const assert = require('assert');
const { checkAsync } = require('./_common');


(async () => {
  await checkAsync('resolves', () => assert.doesNotReject(Promise.resolve(1)));
  await checkAsync('rejects', () => assert.doesNotReject(Promise.reject(new Error('boom'))));
  await checkAsync('rejects with message', () => assert.doesNotReject(Promise.reject(new Error('boom')), 'custom'));
  await checkAsync('other class rethrown', () => assert.doesNotReject(Promise.reject(new RangeError('r')), TypeError));
  await checkAsync('matching class', () => assert.doesNotReject(async () => { throw new TypeError('t'); }, TypeError));
  await checkAsync('async fn ok', () => assert.doesNotReject(async () => 'fine'));
  await checkAsync('rejects with string', () => assert.doesNotReject(Promise.reject('str')));
})();
