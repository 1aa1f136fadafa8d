// setInterval's async iterator around aborts, return(), throw() and concurrent next()
// calls, and the promise timers' order against nextTick, microtasks and setImmediate.
'use strict';
const tp = require('timers/promises');

const show = (r) => JSON.stringify(r);
const describe = (e) => `${e.name} ${e.code} cause=${e.cause instanceof Error ? e.cause.name : String(e.cause)}`;

async function eventOrder() {
  const ev = [];
  tp.setImmediate('promise immediate').then((v) => ev.push(v));
  tp.scheduler.yield().then(() => ev.push('scheduler.yield'));
  process.nextTick(() => ev.push('nextTick'));
  Promise.resolve().then(() => ev.push('microtask'));
  setImmediate(() => {
    ev.push('callback immediate');
    process.nextTick(() => ev.push('callback immediate tick'));
  });
  tp.setImmediate('second promise immediate').then((v) => ev.push(v));
  queueMicrotask(() => ev.push('queueMicrotask'));
  await tp.setTimeout(10);
  console.log('order: ' + ev.join(', '));
}

async function abortBetweenIterations() {
  const ac = new AbortController();
  const it = tp.setInterval(2, 'v', { signal: ac.signal });
  const out = [show(await it.next()), show(await it.next())];
  ac.abort('stop');
  out.push(await it.next().then(show, describe));
  out.push(show(await it.next()));
  out.push(show(await it.return('late')));
  console.log('abort between iterations: ' + out.join(' | '));
}

async function abortInLoopBody() {
  const ac = new AbortController();
  const got = [];
  try {
    for await (const v of tp.setInterval(2, 'tick', { signal: ac.signal })) {
      got.push(v);
      if (got.length === 3) ac.abort();
    }
  } catch (e) {
    got.push(`caught ${describe(e)}`);
  }
  console.log('abort in loop body: ' + got.join(', '));
}

async function returnAndThrow() {
  const a = tp.setInterval(2, 'v');
  console.log('return before next:', show(await a.return('early')), show(await a.next()));
  const b = tp.setInterval(2, 'v');
  const pending = b.next();
  const ret = b.return('concurrent');
  console.log('return while next pending:', show(await pending), show(await ret), show(await b.next()));
  const c = tp.setInterval(2, 'v');
  await c.next();
  const thrown = await c.throw(new Error('thrown')).then(show, (e) => `rejected ${e.message}`);
  console.log('throw():', thrown, show(await c.next()));
}

async function concurrentNext() {
  const it = tp.setInterval(2, 'v');
  const ev = [];
  await Promise.all([0, 1, 2].map((i) => it.next().then((r) => ev.push(`${i} ${show(r)}`))));
  await it.return();
  console.log('concurrent next: ' + ev.join(', '));
}

async function withTimeoutSignal() {
  const out = [];
  out.push(await tp.setTimeout(50, 'x', { signal: AbortSignal.timeout(5) }).then(String, describe));
  out.push(await tp.setTimeout(1, 'in time', { signal: AbortSignal.timeout(50) }).then(String, describe));
  out.push(await tp.scheduler.wait(50, { signal: AbortSignal.timeout(2) }).then(String, describe));
  try {
    for await (const v of tp.setInterval(3, 'z', { signal: AbortSignal.timeout(10) })) void v;
  } catch (e) {
    out.push(`interval ${describe(e)}`);
  }
  console.log('AbortSignal.timeout: ' + out.join(' | '));
}

(async () => {
  await eventOrder();
  await abortBetweenIterations();
  await abortInLoopBody();
  await returnAndThrow();
  await concurrentNext();
  await withTimeoutSignal();
})();
