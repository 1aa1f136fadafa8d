'use strict';
// events.addAbortListener(signal, listener) with objects shaped like an AbortSignal:
// the listener is added with { once: true }; an aborted signal calls it in a
// microtask; the returned Disposable removes it.
const events = require('events');

function makeSignal(aborted = false) {
  return {
    aborted,
    addEventListener(type, fn, options) {
      console.log('add', type, typeof fn, JSON.stringify(options));
      this.fn = fn;
    },
    removeEventListener(type, fn, options) {
      console.log('remove', type, fn === this.fn, options);
    },
  };
}
// The Disposable's key is Symbol.dispose; it is looked up on the object here so that
// the test does not depend on the global Symbol.dispose.
const disposeKey = (d) => Object.getOwnPropertySymbols(d)[0];
const signal = makeSignal();
const disposable = events.addAbortListener(signal, () => console.log('abort listener'));
console.log(Object.getPrototypeOf(disposable), typeof disposable[disposeKey(disposable)],
  Object.keys(disposable).length, Object.getOwnPropertySymbols(disposable).length);
signal.fn();
disposable[disposeKey(disposable)]();
disposable[disposeKey(disposable)]();

const aborted = makeSignal(true);
const d2 = events.addAbortListener(aborted, () => console.log('called for an aborted signal (microtask)'));
console.log('returned first');
d2[disposeKey(d2)]();
Promise.resolve().then(() => console.log('microtask queued after'));

for (const args of [[], [undefined, () => {}], [null, () => {}], [{}, () => {}], [1, () => {}],
  [makeSignal(), undefined], [makeSignal(), 'x']]) {
  try {
    events.addAbortListener(...args);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
console.log(events.addAbortListener.name, events.addAbortListener.length);
