// Aborting through a signal-like object rejects with an AbortError whose cause is the
// signal's reason, clears the timer, and removes the listener.
const tp = require('timers/promises');
const FakeSignal = require('./_fake-signal');

function report(tag, p, signal) {
  return p.then((v) => console.log(tag, 'resolved', v), (e) => {
    console.log(tag, e.name, e.code, e.message, e instanceof Error,
                e.cause instanceof Error ? `cause: ${e.cause.message}` : `cause: ${e.cause}`);
  }).then(() => { if (signal) console.log('  ', signal.log.join('; ')); });
}

(async () => {
  // Already aborted: rejects at once, never touches the listeners.
  const pre = new FakeSignal('pre');
  pre.abort('early');
  await report('pre-aborted timeout', tp.setTimeout(1, 'v', { signal: pre }), pre);
  await report('pre-aborted immediate', tp.setImmediate('v', { signal: pre }), pre);
  await report('pre-aborted wait', tp.scheduler.wait(1, { signal: pre }), pre);
  await report('truthy aborted', tp.setTimeout(1, 'v', { signal: { aborted: 1, reason: 0 } }));

  // Aborted while waiting.
  const s1 = new FakeSignal('s1');
  const p1 = tp.setTimeout(1000, 'v', { signal: s1 });
  console.log('listeners', s1.listeners.length, s1.listeners[0].name);
  setTimeout(() => s1.abort(new Error('stop it')), 5);
  await report('aborted timeout', p1, s1);

  const s2 = new FakeSignal('s2');
  const p2 = tp.setImmediate('v', { signal: s2 });
  s2.abort();
  await report('aborted immediate', p2, s2);

  // Not aborted: the listener is removed once the timer fires.
  const s3 = new FakeSignal('s3');
  await report('completed timeout', tp.setTimeout(1, 'done', { signal: s3 }), s3);
  s3.abort('late');
  console.log('   abort after completion is ignored', s3.listeners.length);

  // Calling the listener again after the timer is gone does nothing.
  const s4 = new FakeSignal('s4');
  let listener;
  s4.addEventListener = function(type, l) { listener = l; };
  await report('stale listener', tp.setTimeout(1, 'ok', { signal: s4 }));
  listener();
  console.log('   stale listener call ignored');

  // The reason is the cause, whatever it is.
  for (const reason of [undefined, null, 42, 'text']) {
    const s = new FakeSignal();
    const p = tp.setTimeout(1000, 'v', { signal: s });
    s.abort(reason);
    await report(`reason ${reason}`, p);
  }
  console.log('done');
})();
