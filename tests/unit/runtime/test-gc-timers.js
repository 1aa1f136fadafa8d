'use strict';
// Full collections started by the engine's GC timers run through WTF's main run loop,
// which must be initialised (src/engine_loop.c); without it, the first timer-driven full
// collection crashed in the memory-pressure handler. Allocate enough across loop turns
// for those timers to fire.
let keep = [];
let rounds = 0;
const timer = setInterval(() => {
  keep.push(Buffer.alloc(1 << 20));
  if (keep.length > 50) keep = [];
  if (++rounds === 300) {
    clearInterval(timer);
    console.log('ok');
  }
}, 1);
