// Aborting a timers/promises setInterval iterator: while it waits, between values, and
// before it starts.
const tp = require('timers/promises');
const FakeSignal = require('./_fake-signal');

(async () => {
  const s1 = new FakeSignal();
  const values = [];
  try {
    for await (const v of tp.setInterval(10, 'x', { signal: s1 })) {
      values.push(v);
      if (values.length === 1) setTimeout(() => s1.abort('enough'), 5);
    }
  } catch (e) {
    console.log('while waiting:', e.name, e.code, e.cause, values.length >= 1);
  }
  console.log('  ', s1.log.join('; '));

  const s2 = new FakeSignal();
  let n = 0;
  try {
    for await (const v of tp.setInterval(1, 'y', { signal: s2 })) {
      n++;
      if (n === 2) s2.abort(new Error('from the loop'));
    }
  } catch (e) {
    console.log('between values:', e.name, e.cause.message, n);
  }
  console.log('  ', s2.log.join('; '));

  const s3 = new FakeSignal();
  s3.abort('before');
  const it = tp.setInterval(1, 'z', { signal: s3 });
  try {
    await it.next();
  } catch (e) {
    console.log('pre-aborted:', e.name, e.cause, s3.log.length);
  }
  console.log('after error', await it.next());

  const s4 = new FakeSignal();
  const it4 = tp.setInterval(1, 'w', { signal: s4 });
  console.log((await it4.next()).value);
  await it4.return();
  console.log('return removes the listener:', s4.log.join('; '));
})();
