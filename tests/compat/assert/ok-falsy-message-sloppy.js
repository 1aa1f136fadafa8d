// Sloppy mode on purpose: JavaScriptCore only eliminates frames of tail calls in strict
// code, and assert.ok reads the call from its caller's frame.
const assert = require('assert');
const { check } = require('./_common');


const x = 2;
check('simple', () => assert(x === 1));
check('ok member', () => assert.ok(x > 5));
check('spaces', () => assert   (  x === 3  ));
check('strict member', () => assert.strict.ok(x < 0));
check('strict call', () => assert.strict(x === 0));
check('computed member', () => assert['ok'](false));
check('string with parens', () => assert('a)b' === `c(${1})`));
check('comments', () => assert(/* ) */ x === 9 /* ( */));
check('nested call', () => [1].forEach((v) => assert(v === x)));
check('regexp literal', () => assert(/\)/.test('abc')));
const { ok } = assert;
check('destructured', () => ok(null));
check('multi-line', () => {
  assert(
    x === 7,
    undefined
  );
});
check('multi-line indented', () => {
      assert.ok(typeof x === 'string' &&
                x.length > 0);
});
function helper(value) {
  assert.ok(value);
}
check('inside helper', () => helper(''));
check('value in message arg position', () => assert(0, null));
