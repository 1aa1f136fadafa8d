'use strict';
// AbortSignals with node:events helpers.
const events = require('events');
const { once, addAbortListener } = events;
const ac = new AbortController();
const emitter = new events.EventEmitter();
once(emitter, 'never', { signal: ac.signal }).catch((err) => {
  console.log('once rejected', err.name, err.code, err.message, err.cause?.name);
});
const ac2 = new AbortController();
const disposable = addAbortListener(ac2.signal, (e) => console.log('addAbortListener', e.type));
ac2.abort();
disposable[Object.getOwnPropertySymbols(disposable)[0]]();
addAbortListener(AbortSignal.abort(), () => console.log('already aborted: called in a microtask'));
console.log('sync');
const target = new EventTarget();
once(target, 'ready').then(([e]) => console.log('once on EventTarget', e.type));
target.dispatchEvent(new Event('ready'));
ac.abort();
