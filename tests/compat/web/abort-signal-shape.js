'use strict';
// The members of AbortController and AbortSignal.
function describe(object) {
  for (const key of Object.getOwnPropertyNames(object)) {
    const d = Object.getOwnPropertyDescriptor(object, key);
    const kind = 'value' in d ? `value:${typeof d.value}` :
      `${d.get ? 'get' : ''}${d.set ? 'set' : ''}`;
    console.log(' ', key, kind, d.enumerable, d.configurable);
  }
}
console.log('AbortSignal.prototype');
describe(AbortSignal.prototype);
console.log('AbortSignal');
describe(AbortSignal);
console.log('AbortController.prototype');
describe(AbortController.prototype);
console.log(Object.getPrototypeOf(AbortSignal) === EventTarget,
  Object.getPrototypeOf(AbortSignal.prototype) === EventTarget.prototype);
const ac = new AbortController();
console.log(Object.prototype.toString.call(ac), Object.prototype.toString.call(ac.signal));
console.log(Object.keys(ac), Object.keys(ac.signal), JSON.stringify(ac));
console.log(AbortSignal.prototype[Symbol.toStringTag], AbortController.prototype[Symbol.toStringTag]);
