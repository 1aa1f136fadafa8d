'use strict';
// The captureRejections default lives on EventEmitter.prototype under a symbol, as a
// writable, non-enumerable, non-configurable data property.
const EventEmitter = require('events');

for (const sym of Object.getOwnPropertySymbols(EventEmitter.prototype)) {
  const d = Object.getOwnPropertyDescriptor(EventEmitter.prototype, sym);
  console.log(String(sym), d);
}
console.log('enumerable keys:', Object.keys(EventEmitter.prototype).length);
console.log('in for-in:', (() => { const k = []; for (const x in new EventEmitter()) k.push(x); return k; })());
EventEmitter.captureRejections = true;
console.log('default now', EventEmitter.captureRejections);
EventEmitter.captureRejections = false;
try {
  delete EventEmitter.prototype[Object.getOwnPropertySymbols(EventEmitter.prototype)[0]];
  console.log('deleted');
} catch (e) {
  console.log('delete ->', e.name);
}
