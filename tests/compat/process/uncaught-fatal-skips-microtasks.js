// compat: stderr
// Without an 'uncaughtException' handler, an exception thrown by a tick ends the process
// before the promise jobs already queued run ('exit' listeners still run), as in node.
'use strict';
Promise.resolve().then(() => console.log('microtask: not run'));
process.nextTick(() => { console.log('tick 1'); throw new Error('boom'); });
process.nextTick(() => console.log('tick 2: not run'));
process.on('exit', (code) => console.log('exit', code));
