// Flags: --expose-gc
'use strict';
// The engine's deferred work (garbage-collection timers, FinalizationRegistry cleanup)
// runs on its GLib run loop, which nodus drives from libuv (src/engine_loop.c). Without
// that, cleanup callbacks never run and WeakRefs are never cleared.
const assert = require('assert');

let cleaned = 0;
const registry = new FinalizationRegistry((held) => {
  assert.strictEqual(typeof held, 'number');
  cleaned++;
});
(function register() {
  for (let i = 0; i < 1000; i++) registry.register({ i }, i);
})();
const ref = (() => new WeakRef({ big: new Array(1000).fill(0) }))();

let rounds = 0;
const timer = setInterval(() => {
  globalThis.gc();
  if (cleaned > 0 && ref.deref() === undefined) {
    clearInterval(timer);
    console.log('ok', cleaned > 0);
  } else if (++rounds === 100) {
    clearInterval(timer);
    console.error(`no cleanup after ${rounds} collections: cleaned=${cleaned}`);
    process.exitCode = 1;
  }
}, 20);

// A cleanup callback must not keep the process alive on its own.
const lone = new FinalizationRegistry(() => {});
lone.register({}, 0);
