'use strict';
const assert = require('assert');
const { check } = require('./_common');


function makeObject(n, change) {
  const o = {};
  for (let i = 0; i < n; i++) o[`property${String(i).padStart(3, '0')}`] = i === change ? 'changed' : i;
  return o;
}
check('60 keys, change at 5', () => assert.deepStrictEqual(makeObject(60, -1), makeObject(60, 5)));
check('60 keys, change at 55', () => assert.deepStrictEqual(makeObject(60, -1), makeObject(60, 55)));
check('200 keys, many changes', () => {
  const a = makeObject(200, -1);
  const b = makeObject(200, -1);
  for (let i = 0; i < 200; i += 7) b[`property${String(i).padStart(3, '0')}`] = 'x';
  assert.deepStrictEqual(a, b);
});
check('identical big, not reference equal', () => {
  const a = makeObject(80, -1);
  const b = makeObject(80, -1);
  b.sym = Symbol('s');
  a.sym = Symbol('s');
  assert.deepStrictEqual(a, b);
});
check('deep nesting', () => {
  let a = { v: 1 };
  let b = { v: 2 };
  for (let i = 0; i < 12; i++) {
    a = { child: a, i };
    b = { child: b, i };
  }
  assert.deepStrictEqual(a, b);
});
check('trailing context', () => assert.deepStrictEqual(
  { a: 1, b: { c: 1, d: 2, e: 3, f: 4, g: 5, h: 6 } }, { a: 2, b: { c: 1, d: 2, e: 3, f: 4, g: 5, h: 6 } }));
