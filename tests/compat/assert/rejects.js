'use strict';
const assert = require('assert');
const { checkAsync } = require('./_common');


(async () => {
  await checkAsync('rejects', () => assert.rejects(Promise.reject(new Error('boom'))));
  await checkAsync('resolves', () => assert.rejects(Promise.resolve(1)));
  await checkAsync('resolves with message', () => assert.rejects(Promise.resolve(1), 'msg'));
  await checkAsync('resolves with class', () => assert.rejects(Promise.resolve(1), TypeError));
  await checkAsync('async fn class mismatch', () => assert.rejects(async () => { throw new Error('boom'); }, TypeError));
  await checkAsync('async fn regexp', () => assert.rejects(async () => { throw new Error('boom'); }, /boom/));
  await checkAsync('async fn object', () => assert.rejects(async () => { throw new Error('boom'); }, { message: 'bam' }));
  await checkAsync('async fn resolves', () => assert.rejects(async () => 1));
  await checkAsync('thenable', () => assert.rejects({ then(a, b) { b(new Error('thenable')); }, catch() {} }, /then/));
  await checkAsync('ambiguous', () => assert.rejects(Promise.reject(new Error('boom')), 'boom'));
  await checkAsync('validation fn', () => assert.rejects(Promise.reject(new Error('x')), (e) => e.message === 'x'));
  const p = assert.rejects(Promise.reject(new Error('y')));
  console.log('returns a promise', p instanceof Promise);
  await p;
  console.log('done');
})();
