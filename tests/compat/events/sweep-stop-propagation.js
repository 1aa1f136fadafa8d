'use strict';
// The one-shot listeners installed by events.once() and events.addAbortListener()
// still run when an earlier listener calls event.stopImmediatePropagation().
const events = require('events');

const tick = () => new Promise((resolve) => setImmediate(resolve));

(async () => {
  {
    const ac = new AbortController();
    ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
    let called = 0;
    events.addAbortListener(ac.signal, () => called++);
    ac.abort();
    console.log('addAbortListener called', called);
  }
  {
    const et = new EventTarget();
    et.addEventListener('x', (e) => e.stopImmediatePropagation());
    const p = events.once(et, 'x');
    const ev = new Event('x');
    et.dispatchEvent(ev);
    const result = await Promise.race([p, tick().then(() => 'still pending')]);
    console.log('once on EventTarget', Array.isArray(result) ? result[0] === ev : result);
  }
  {
    const ac = new AbortController();
    ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
    const e = new events.EventEmitter();
    const p = events.once(e, 'x', { signal: ac.signal });
    ac.abort();
    const result = await Promise.race([p.catch((err) => err.name), tick().then(() => 'still pending')]);
    console.log('once abort', result, e.listenerCount('x'), e.listenerCount('error'));
  }
  {
    const ac = new AbortController();
    ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
    const e = new events.EventEmitter();
    const it = events.on(e, 'x', { signal: ac.signal });
    const next = it.next();
    ac.abort();
    const result = await Promise.race([next.catch((err) => err.name), tick().then(() => 'still pending')]);
    console.log('on abort', result, e.listenerCount('x'), e.listenerCount('error'));
  }
  {
    // A signal-like object sees the options it is given.
    const seen = [];
    const signal = {
      aborted: false,
      addEventListener(name, fn, options) { seen.push([name, options.once]); },
      removeEventListener(name) { seen.push(['remove', name]); },
    };
    const disposable = events.addAbortListener(signal, () => {});
    disposable[Symbol.dispose]();
    console.log('signal-like', seen);
  }
})();
