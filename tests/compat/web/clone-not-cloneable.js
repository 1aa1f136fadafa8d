'use strict';
// DataCloneError messages for values that cannot be cloned.
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'cloned');
  } catch (err) {
    console.log(label, '|', err.name, err.code, JSON.stringify(err.message),
      err instanceof DOMException);
  }
}
attempt('function', () => structuredClone(function f() {}));
attempt('arrow', () => structuredClone(() => 1));
attempt('class', () => structuredClone(class A {}));
attempt('async', () => structuredClone(async function g() { await 1; }));
attempt('generator function', () => structuredClone(function* gen() {}));
attempt('method', () => structuredClone({ m() {} }));
attempt('getter function', () => structuredClone(Object.getOwnPropertyDescriptor(
  { get x() { return 1; } }, 'x').get));
attempt('multi-line', () => structuredClone(function ml() {
  return 1;
}));
attempt('long', () => structuredClone(function longFunction(a, b, c) {
  return a + b + c + 'a long string that makes the source text longer than V8 shows in full';
}));
attempt('native', () => structuredClone(Math.max));
attempt('bound', () => structuredClone(function h() {}.bind(null)));
attempt('custom toString', () => {
  const f = function a() {};
  f.toString = () => 'custom';
  structuredClone(f);
});
attempt('symbol', () => structuredClone(Symbol('x')));
attempt('symbol no description', () => structuredClone(Symbol()));
attempt('registered symbol', () => structuredClone(Symbol.for('q')));
attempt('nested symbol', () => structuredClone({ a: [Symbol('n')] }));
attempt('boxed symbol', () => structuredClone(Object(Symbol('boxed'))));
attempt('first failure wins', () => structuredClone([1, function named() {}, Symbol('later')]));
attempt('function in Map', () => structuredClone(new Map([[1, () => {}]])));
attempt('function as Map key', () => structuredClone(new Map([[() => {}, 1]])));
attempt('function in Set', () => structuredClone(new Set([function inSet() {}])));
attempt('symbol-keyed function ignored', () => structuredClone({ [Symbol('k')]: () => {} }));
attempt('non-enumerable function ignored', () => structuredClone(Object.defineProperty({}, 'f',
  { value: () => {} })));
attempt('getter throws', () => structuredClone({ get a() { throw new Error('getter'); } }));
