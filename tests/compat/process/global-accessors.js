'use strict';
// process and Buffer are accessor properties of the global that assignments replace; the
// global object tags itself "global".
const realProcess = process;
const realBuffer = Buffer;
const show = (name) => {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  return [typeof d.get, typeof d.set, d.enumerable, d.configurable];
};
console.log(show('process'), show('Buffer'));
globalThis.process = 'replaced';
console.log(globalThis.process, show('process'));
globalThis.process = realProcess;
globalThis.Buffer = 1;
console.log(globalThis.Buffer, show('Buffer'));
globalThis.Buffer = realBuffer;
console.log(Buffer === require('buffer').Buffer, process === require('process'));
console.log(Object.prototype.toString.call(globalThis), globalThis[Symbol.toStringTag]);
console.log(Object.getOwnPropertyDescriptor(globalThis, Symbol.toStringTag));
