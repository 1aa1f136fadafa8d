'use strict';
// util.transferableAbortSignal / transferableAbortController.
const util = require('util');
try {
  util.transferableAbortSignal({});
} catch (err) {
  console.log(err.code, err.message);
}
try {
  util.transferableAbortSignal();
} catch (err) {
  console.log(err.code, err.message);
}
const signal = util.transferableAbortSignal(new AbortController().signal);
console.log(signal instanceof AbortSignal, signal.aborted);
const controller = util.transferableAbortController();
console.log(controller instanceof AbortController, util.inspect(controller));
controller.signal.onabort = () => console.log('abort still works');
controller.abort();
try {
  structuredClone({ a: [util.transferableAbortSignal(new AbortController().signal)] });
} catch (err) {
  console.log(err.name, err.code, err.message, err instanceof DOMException);
}
console.log(Object.keys(structuredClone(new AbortController().signal)));
