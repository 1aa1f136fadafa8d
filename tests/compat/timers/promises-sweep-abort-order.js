// When one abort cancels several promise timers and a setInterval iterator at once, the
// rejections reach their handlers in the order node's promise plumbing produces (the
// iterator first), also through AbortSignal.any and past stopImmediatePropagation.
'use strict';
const tp = require('timers/promises');

function describe(err) {
  const cause = err.cause instanceof Error ? `${err.cause.name}: ${err.cause.message}` : String(err.cause);
  return `${err.name} ${err.code} cause=${cause}`;
}

function watch(ev, label, promise) {
  return promise.then((v) => ev.push(`${label} resolved ${v}`),
                      (e) => ev.push(`${label} rejected ${describe(e)}`));
}

async function abortDuring() {
  const ev = [];
  const ac = new AbortController();
  const ps = [
    watch(ev, 'setTimeout', tp.setTimeout(20, 'x', { signal: ac.signal })),
    watch(ev, 'setImmediate', tp.setImmediate('x', { signal: ac.signal })),
    watch(ev, 'wait', tp.scheduler.wait(20, { signal: ac.signal })),
  ];
  const it = tp.setInterval(20, 'x', { signal: ac.signal });
  ps.push(watch(ev, 'interval', it.next().then((r) => r.value)));
  ac.signal.addEventListener('abort', () => ev.push('user listener'));
  process.nextTick(() => ev.push('tick queued before abort'));
  ev.push('abort()');
  ac.abort(new Error('boom'));
  ev.push('abort() returned');
  process.nextTick(() => ev.push('tick queued after abort'));
  Promise.resolve().then(() => ev.push('microtask queued after abort'));
  await Promise.all(ps);
  ev.push(`next() after abort ${JSON.stringify(await it.next())}`);
  ev.push(`return() after abort ${JSON.stringify(await it.return('r'))}`);
  console.log('abort during:\n  ' + ev.join('\n  '));
}

async function anySignal() {
  const ev = [];
  const a = new AbortController();
  const b = new AbortController();
  const signal = AbortSignal.any([a.signal, b.signal]);
  const p1 = watch(ev, 'setTimeout', tp.setTimeout(50, 'x', { signal }));
  const it = tp.setInterval(50, 'x', { signal });
  const p2 = watch(ev, 'interval', it.next().then((r) => r.value));
  b.abort('from b');
  await p1;
  await p2;
  console.log('AbortSignal.any:\n  ' + ev.join('\n  '));
}

async function stoppedPropagation() {
  const ev = [];
  const ac = new AbortController();
  ac.signal.addEventListener('abort', (e) => {
    ev.push('first listener stops propagation');
    e.stopImmediatePropagation();
  });
  const p1 = watch(ev, 'setTimeout', tp.setTimeout(50, 'x', { signal: ac.signal }));
  const p2 = watch(ev, 'setImmediate', tp.setImmediate('x', { signal: ac.signal }));
  const it = tp.setInterval(50, 'x', { signal: ac.signal });
  const p3 = watch(ev, 'interval', it.next().then((r) => r.value));
  ac.signal.addEventListener('abort', () => ev.push('later listener'));
  ac.abort();
  await Promise.all([p1, p2, p3]);
  console.log('stopImmediatePropagation:\n  ' + ev.join('\n  '));
}

async function settledTimersOrder() {
  const ev = [];
  const ac = new AbortController();
  tp.setTimeout(5, 'setTimeout with signal', { signal: ac.signal }).then((v) => ev.push(v));
  tp.setTimeout(5, 'plain setTimeout').then((v) => ev.push(v));
  setTimeout(() => {
    ev.push('callback');
    process.nextTick(() => ev.push('callback tick'));
    Promise.resolve().then(() => ev.push('callback micro 1'))
      .then(() => ev.push('callback micro 2'))
      .then(() => ev.push('callback micro 3'));
  }, 5);
  tp.scheduler.wait(5, { signal: ac.signal }).then(() => ev.push('wait with signal'));
  setTimeout(() => ev.push('second callback'), 5);
  await tp.setTimeout(30);
  console.log('same-delay order: ' + ev.join(', '));
}

(async () => {
  await abortDuring();
  await anySignal();
  await stoppedPropagation();
  await settledTimersOrder();
})();
