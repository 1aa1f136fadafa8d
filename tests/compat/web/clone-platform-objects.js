'use strict';
// Objects with internal slots that V8 refuses, and objects that clone as plain ones.
function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'cloned', JSON.stringify(r), Object.getPrototypeOf(r) === Object.prototype);
  } catch (err) {
    console.log(label, '|', err.name, JSON.stringify(err.message));
  }
}
attempt('WeakMap', () => structuredClone(new WeakMap()));
attempt('WeakSet', () => structuredClone(new WeakSet()));
attempt('WeakRef', () => structuredClone(new WeakRef({})));
attempt('FinalizationRegistry', () => structuredClone(new FinalizationRegistry(() => {})));
attempt('Promise', () => structuredClone(Promise.resolve()));
class P extends Promise {}
attempt('Promise subclass', () => structuredClone(new P(() => {})));
attempt('Proxy', () => structuredClone(new Proxy({}, {})));
attempt('Proxy of array', () => structuredClone(new Proxy([1], {})));
attempt('Proxy of Map', () => structuredClone(new Proxy(new Map(), {})));
class Foo {}
attempt('Proxy of instance', () => structuredClone(new Proxy(new Foo(), {})));
attempt('Proxy of function', () => structuredClone(new Proxy(function f() {}, {})));
attempt('generator', () => structuredClone((function* () {})()));
attempt('async generator', () => structuredClone((async function* () {})()));
attempt('Map iterator', () => structuredClone(new Map().keys()));
attempt('Array iterator', () => structuredClone([].values()));
attempt('arguments', () => structuredClone((function() { return arguments; })(1, 2)));
attempt('globalThis', () => structuredClone(globalThis));
attempt('Intl.Collator', () => structuredClone(new Intl.Collator()));
attempt('Intl.NumberFormat', () => structuredClone(new Intl.NumberFormat()));
attempt('WeakMap with Foo prototype', () =>
  structuredClone(Object.setPrototypeOf(new WeakMap(), Foo.prototype)));
attempt('WeakMap with non-function constructor', () => {
  const w = new WeakMap();
  Object.defineProperty(w, 'constructor', { value: 5 });
  return structuredClone(w);
});
attempt('EventTarget', () => structuredClone(new EventTarget()));
attempt('Event', () => structuredClone(new Event('x')));
attempt('AbortController', () => structuredClone(new AbortController()));
attempt('AbortSignal', () => structuredClone(new AbortController().signal));
attempt('class instance with private field', () => {
  class Priv {
    #secret = 1;
    visible = 2;
  }
  return structuredClone(new Priv());
});
attempt('Math', () => structuredClone(Math));
attempt('events.EventEmitter', () => structuredClone(new (require('events'))()));
