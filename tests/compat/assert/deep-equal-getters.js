'use strict';
const assert = require('assert');
const { check } = require('./_common');


let calls = 0;
const withGetter = {
  get value() {
    calls++;
    return 1;
  },
};
check('own getter compared', () => assert.deepStrictEqual(withGetter, { value: 1 }));
console.log('getter calls', calls);
calls = 0;
const proto = {
  get inherited() {
    calls++;
    return 1;
  },
};
check('prototype getter ignored', () => assert.deepEqual(Object.create(proto), {}));
console.log('getter calls', calls);
check('getter differs', () => assert.deepStrictEqual({ get v() { return 2; } }, { v: 1 }));
check('non-enumerable getter', () => assert.deepStrictEqual(Object.defineProperty({}, 'g', { get() { return 1; } }), {}));
