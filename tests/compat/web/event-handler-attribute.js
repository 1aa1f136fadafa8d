'use strict';
// AbortSignal's onabort: one registration at the position of the first assignment.
const { getEventListeners } = require('events');
const ac = new AbortController();
const signal = ac.signal;
console.log('initial', signal.onabort);
signal.addEventListener('abort', () => console.log('listener 1'));
function handler(e) {
  console.log('onabort', this === signal, e.type, e.isTrusted);
}
signal.onabort = handler;
console.log(signal.onabort === handler, getEventListeners(signal, 'abort').length);
signal.addEventListener('abort', () => console.log('listener 2'));
signal.onabort = function replaced() { console.log('replaced handler runs in place'); };
console.log(getEventListeners(signal, 'abort').length);
signal.onabort = null;
console.log('cleared', signal.onabort, getEventListeners(signal, 'abort').length);
signal.onabort = () => console.log('set again');
signal.onabort = 5;
console.log('non-function value', signal.onabort);
signal.onabort = () => console.log('final handler');
ac.abort();
const d = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
try {
  d.get.call({});
} catch (err) {
  console.log(err.code, err.message);
}
try {
  AbortSignal.prototype.onabort;
} catch (err) {
  console.log(err.code, err.message);
}
