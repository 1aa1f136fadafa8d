'use strict';
// events.once with an AbortSignal-like object: an already-aborted signal rejects at
// once; aborting later rejects with an AbortError (cause = reason) and removes the
// emitter's listeners. Works with any object shaped like an AbortSignal.
const EventEmitter = require('events');

function makeSignal() {
  const listeners = [];
  return {
    aborted: false,
    reason: undefined,
    addEventListener(type, fn, options) {
      console.log('signal.addEventListener', type, JSON.stringify(options));
      listeners.push(fn);
    },
    removeEventListener(type, fn) {
      console.log('signal.removeEventListener', type, listeners.includes(fn));
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

function describe(err) {
  return [err.name, err.code, err.message, err instanceof Error, String(err.cause)].join(' | ');
}

async function main() {
  const e = new EventEmitter();
  const already = { aborted: true, reason: 'already' };
  try {
    await EventEmitter.once(e, 'x', { signal: already });
  } catch (err) {
    console.log('pre-aborted:', describe(err), e.listenerCount('x'));
  }

  const signal = makeSignal();
  const p = EventEmitter.once(e, 'x', { signal });
  console.log('waiting:', e.listenerCount('x'), e.listenerCount('error'));
  signal.abort('stop');
  try {
    await p;
  } catch (err) {
    console.log('aborted:', describe(err), e.listenerCount('x'), e.listenerCount('error'));
  }

  // Resolving first removes the abort listener.
  const s2 = makeSignal();
  const p2 = EventEmitter.once(e, 'y', { signal: s2 });
  e.emit('y', 1);
  console.log(JSON.stringify(await p2));
  s2.abort();

  // An error first removes the abort listener too.
  const s3 = makeSignal();
  const p3 = EventEmitter.once(e, 'z', { signal: s3 });
  e.emit('error', new Error('bad'));
  try {
    await p3;
  } catch (err) {
    console.log('error:', err.message, e.listenerCount('z'));
  }

  // A signal without a reason.
  const s4 = makeSignal();
  const p4 = EventEmitter.once(e, 'w', { signal: s4 });
  s4.abort();
  await p4.catch((err) => console.log('no reason:', describe(err), 'cause' in err));
}
main();
