// Not run yet (the leading underscore hides it from tests/run.py): the same cancellation
// cases with a real AbortController, to become a golden test (rename without the
// underscore and regenerate) once AbortController/AbortSignal exist in nodus.
const tp = require('timers/promises');

function report(tag, p) {
  return p.then((v) => console.log(tag, 'resolved', v), (e) => {
    console.log(tag, e.name, e.code, e.message, e.cause && e.cause.name, e.cause && e.cause.message);
  });
}

(async () => {
  const pre = new AbortController();
  pre.abort();
  await report('pre-aborted timeout', tp.setTimeout(1, 'v', { signal: pre.signal }));
  await report('pre-aborted immediate', tp.setImmediate('v', { signal: pre.signal }));
  await report('pre-aborted wait', tp.scheduler.wait(1, { signal: pre.signal }));
  await report('pre-aborted interval', tp.setInterval(1, 'v', { signal: pre.signal }).next());

  const ac = new AbortController();
  const p = tp.setTimeout(100000, 'v', { signal: ac.signal });
  setTimeout(() => ac.abort(new Error('custom reason')), 1);
  await report('aborted timeout', p);

  const ac2 = new AbortController();
  const p2 = tp.setImmediate('v', { signal: ac2.signal });
  ac2.abort('string reason');
  await report('aborted immediate', p2);

  const ac3 = new AbortController();
  await report('not aborted', tp.setTimeout(1, 'ok', { signal: ac3.signal }));
  ac3.abort();

  const ac4 = new AbortController();
  let n = 0;
  try {
    for await (const v of tp.setInterval(1, 'x', { signal: ac4.signal })) {
      if (++n === 2) ac4.abort();
    }
  } catch (e) {
    console.log('interval', e.name, e.code, e.cause && e.cause.name, n);
  }

  // stopImmediatePropagation in an earlier listener does not stop the timers' own.
  const ac5 = new AbortController();
  ac5.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
  const p5 = tp.setTimeout(100000, 'v', { signal: ac5.signal });
  ac5.abort();
  await report('resists stopImmediatePropagation', p5);
})();
