'use strict';
const assert = require('assert');
const { check } = require('./_common');


const boom = () => { throw new Error('boom'); };
check('regexp matches', () => assert.throws(boom, /boom/));
check('regexp matches name', () => assert.throws(boom, /^Error: boom$/));
check('regexp fails', () => assert.throws(boom, /bam/));
check('regexp fails custom', () => assert.throws(boom, /bam/, 'custom'));
check('regexp on string', () => assert.throws(() => { throw 'a string'; }, /str/));
check('regexp on string fails', () => assert.throws(() => { throw 'a string'; }, /num/));
check('class matches', () => assert.throws(boom, Error));
check('class fails', () => assert.throws(boom, TypeError));
check('class fails custom', () => assert.throws(boom, TypeError, 'custom'));
check('class, empty message', () => assert.throws(() => { throw new Error(''); }, TypeError));
check('identical names', () => {
  const A = class Problem extends Error {};
  const B = class Problem extends Error {};
  assert.throws(() => { throw new A('x'); }, B);
});
check('class, primitive thrown', () => assert.throws(() => { throw 5; }, RangeError));
check('class, object thrown', () => assert.throws(() => { throw { a: 1 }; }, RangeError));
check('validation fn true', () => assert.throws(boom, (e) => e.message === 'boom'));
check('validation fn false', () => assert.throws(boom, (e) => false));
check('named validation fn', () => assert.throws(boom, function check(e) { return 1; }));
check('validation fn, string thrown', () => assert.throws(() => { throw 'str'; }, function v() { return undefined; }));
check('validation fn custom message', () => assert.throws(boom, () => null, 'custom'));
check('user class', () => {
  class MyError extends Error {}
  assert.throws(() => { throw new MyError('mine'); }, MyError);
});
