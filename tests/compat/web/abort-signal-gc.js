'use strict';
// compat: node-args=--expose-gc
// Signals that only a timer or a source can abort stay alive while they have 'abort'
// listeners, even when the program dropped every reference to them.
const controller = new AbortController();
(function() {
  AbortSignal.any([controller.signal]).addEventListener('abort', (e) => {
    console.log('composite listener ran', e.target.reason);
  });
  for (let i = 0; i < 1000; i++) AbortSignal.any([controller.signal]);
})();
globalThis.gc();
setImmediate(() => {
  globalThis.gc();
  controller.abort('from controller');
  (function() {
    AbortSignal.timeout(20).addEventListener('abort', (e) => {
      console.log('timeout listener ran', e.target.reason.name);
    });
  })();
  globalThis.gc();
  // Keeps the process alive until the timeout signal has fired.
  setTimeout(() => console.log('done'), 100);
});
