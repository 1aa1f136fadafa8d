'use strict';
// new DOMException(message, name): fields, prototype chain, string conversion.
const d = new DOMException('msg', 'AbortError');
console.log(d.name, d.message, d.code);
console.log(d instanceof Error, d instanceof DOMException, Object.getPrototypeOf(DOMException.prototype) === Error.prototype,
  Object.getPrototypeOf(DOMException) === Function.prototype);
console.log(Object.prototype.toString.call(d), String(d), d.toString(), `${d}`);
console.log(Object.keys(d), JSON.stringify(d), Object.getOwnPropertyNames(d));
console.log(typeof d.stack, d.stack.split('\n')[0]);
const e0 = new DOMException();
console.log(JSON.stringify([e0.name, e0.message, e0.code]), e0.stack.split('\n')[0]);
const e1 = new DOMException('only message');
console.log(e1.name, e1.code, e1.stack.split('\n')[0]);
for (const [m, n] of [[undefined, undefined], [null, null], [12, 'SyntaxError'], [{}, 5],
  [true, {}.toString()], ['', '']]) {
  const e = new DOMException(m, n);
  console.log(JSON.stringify(e.message), JSON.stringify(e.name), e.code);
}
console.log(DOMException.length, DOMException.name);
class MyDOMException extends DOMException {
  constructor() {
    super('sub', 'NotFoundError');
  }
}
const m = new MyDOMException();
console.log(m.name, m.code, m.message, m instanceof DOMException, m.stack.split('\n')[0],
  Object.prototype.toString.call(m));
