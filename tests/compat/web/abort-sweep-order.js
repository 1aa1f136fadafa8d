'use strict';
// The order of 'abort' listeners: onabort runs at the position where it was first set,
// once/signal options, handleEvent objects, an abort() from inside a listener, throwing
// listeners (reported as uncaught exceptions after the dispatch) and the jobs they queue.
const { getEventListeners } = require('events');

const c = new AbortController();
const s = c.signal;
s.addEventListener('abort', () => console.log('listener 1'));
s.onabort = () => console.log('first onabort (replaced)');
s.addEventListener('abort', () => console.log('listener 2'));
s.onabort = function(e) {
  console.log('onabort', this === s, e.type, e.isTrusted, e.eventPhase, e.cancelable, e.bubbles);
};
s.addEventListener('abort', { handleEvent(e) { console.log('handleEvent', e.target === s); } });
s.addEventListener('abort', () => console.log('once'), { once: true });
const remover = new AbortController();
s.addEventListener('abort', () => console.log('removed by signal'), { signal: remover.signal });
remover.abort();
s.addEventListener('abort', () => console.log('never added'), { signal: AbortSignal.abort() });
s.addEventListener('abort', () => {
  console.log('reentrant', s.aborted, s.reason);
  c.abort('again');
  console.log('reason kept', s.reason);
  Promise.resolve().then(() => console.log('microtask from listener'));
  process.nextTick(() => console.log('tick from listener'));
});
for (const options of [{ once: 'yes' }, true, null]) {
  s.addEventListener('abort', () => console.log('options', JSON.stringify(options)), options);
}
for (const options of [{ signal: null }, { signal: 1 }, { signal: {} }, 1]) {
  try {
    s.addEventListener('abort', () => {}, options);
  } catch (err) {
    console.log('bad options', err.code, err.message);
  }
}
c.abort('r1');
console.log('after abort, listeners left', getEventListeners(s, 'abort').length);

// Throwing listeners run in a later turn, apart from the jobs queued above (where an
// uncaught exception reported from the tick queue falls relative to microtasks is not
// what this test is about).
setTimeout(() => {
  process.on('uncaughtException', (err) => console.log('uncaught', err.message));
  const t = new AbortController();
  t.signal.addEventListener('abort', () => { throw new Error('listener throws'); });
  t.signal.onabort = () => { throw new Error('onabort throws'); };
  t.signal.addEventListener('abort', () => console.log('later listener still runs'));
  t.abort();
  console.log('abort() returned');
  setImmediate(() => console.log('immediate'));
}, 1);
