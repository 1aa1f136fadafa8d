'use strict';
// events.on with an AbortSignal-like object.
const EventEmitter = require('events');

function makeSignal() {
  const listeners = [];
  return {
    aborted: false,
    addEventListener(type, fn, options) {
      console.log('add', type, JSON.stringify(options));
      listeners.push(fn);
    },
    removeEventListener(type, fn) {
      console.log('remove', type, listeners.includes(fn));
      const i = listeners.indexOf(fn);
      if (i !== -1) listeners.splice(i, 1);
    },
    abort(reason) {
      this.aborted = true;
      this.reason = reason;
      for (const fn of listeners.splice(0)) fn();
    },
  };
}

async function main() {
  const e = new EventEmitter();
  try {
    EventEmitter.on(e, 'x', { signal: { aborted: true, reason: 'early' } });
  } catch (err) {
    console.log('pre-aborted (sync):', err.name, err.code, err.cause);
  }
  const signal = makeSignal();
  const iterator = EventEmitter.on(e, 'x', { signal });
  e.emit('x', 1);
  const waiting = [iterator.next(), iterator.next()];
  signal.abort('why');
  const results = await Promise.allSettled(waiting);
  console.log(JSON.stringify(results.map((r) => r.status === 'fulfilled' ? r.value : [r.reason.name, r.reason.cause])));
  console.log(e.listenerCount('x'), e.listenerCount('error'), JSON.stringify(await iterator.next()));

  // Aborting after the events were queued: queued events come first.
  const s2 = makeSignal();
  const it2 = EventEmitter.on(e, 'y', { signal: s2 });
  e.emit('y', 'a');
  e.emit('y', 'b');
  s2.abort('late');
  console.log(JSON.stringify(await it2.next()), JSON.stringify(await it2.next()));
  await it2.next().catch((err) => console.log('then:', err.name, err.cause));
  console.log(JSON.stringify(await it2.next()));
  // return() removes the abort listener.
  const s3 = makeSignal();
  const it3 = EventEmitter.on(e, 'z', { signal: s3 });
  await it3.return();
}
main();
