'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('equal maps', () => assert.deepStrictEqual(new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']])));
check('value differs', () => assert.deepStrictEqual(new Map([[1, 'a']]), new Map([[1, 'b']])));
check('key differs', () => assert.deepStrictEqual(new Map([[1, 'a']]), new Map([[2, 'a']])));
check('size differs', () => assert.deepStrictEqual(new Map([[1, 'a']]), new Map([[1, 'a'], [2, 'b']])));
check('object keys', () => assert.deepStrictEqual(new Map([[{ a: 1 }, 'x']]), new Map([[{ a: 1 }, 'x']])));
check('object keys differ', () => assert.deepStrictEqual(new Map([[{ a: 1 }, 'x']]), new Map([[{ a: 2 }, 'x']])));
check('object keys swapped values', () => assert.deepStrictEqual(
  new Map([[{ a: 1 }, 1], [{ a: 1 }, 2]]), new Map([[{ a: 1 }, 2], [{ a: 1 }, 1]])));
check('loose keys', () => assert.deepEqual(new Map([[1, 'a']]), new Map([['1', 'a']])));
check('loose values', () => assert.deepEqual(new Map([[1, 1]]), new Map([[1, '1']])));
check('strict keys', () => assert.deepStrictEqual(new Map([[1, 'a']]), new Map([['1', 'a']])));
check('null/undefined keys loose', () => assert.deepEqual(new Map([[null, 1]]), new Map([[undefined, 1]])));
check('map vs object', () => assert.deepStrictEqual(new Map(), {}));
check('map with props', () => assert.deepStrictEqual(Object.assign(new Map(), { x: 1 }), new Map()));
check('nested maps', () => assert.deepStrictEqual(new Map([['k', new Map([['a', [1, 2]]])]]), new Map([['k', new Map([['a', [1, 3]]])]])));
