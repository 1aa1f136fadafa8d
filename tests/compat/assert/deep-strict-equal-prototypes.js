'use strict';
const assert = require('assert');
const { check } = require('./_common');


class Foo { constructor() { this.a = 1; } }
class Bar { constructor() { this.a = 1; } }
check('different classes', () => assert.deepStrictEqual(new Foo(), new Bar()));
check('same class', () => assert.deepStrictEqual(new Foo(), new Foo()));
check('class vs plain', () => assert.deepStrictEqual(new Foo(), { a: 1 }));
check('null prototype', () => assert.deepStrictEqual(Object.create(null), {}));
check('null prototypes', () => assert.deepStrictEqual(Object.assign(Object.create(null), { a: 1 }), Object.assign(Object.create(null), { a: 1 })));
const fakeDate = {};
Object.setPrototypeOf(fakeDate, Date.prototype);
check('fake date vs object', () => assert.deepStrictEqual({}, fakeDate));
check('date vs fake date', () => assert.deepStrictEqual(new Date(0), fakeDate));
check('loose ignores prototypes', () => assert.deepEqual(new Foo(), new Bar()));
check('loose class vs plain', () => assert.deepEqual(new Foo(), { a: 1 }));
check('loose null prototype', () => assert.deepEqual(Object.create(null), {}));
check('inherited props ignored', () => assert.deepStrictEqual(Object.create({ a: 1 }), Object.create({ a: 1 })));
check('toStringTag differs', () => assert.deepEqual({ [Symbol.toStringTag]: 'X' }, {}));
