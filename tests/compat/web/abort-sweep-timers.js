'use strict';
// Aborted and aborting signals given to timers/promises and events.once/on: the promise
// rejects with an AbortError whose cause is the signal's reason (whatever it is); bad
// signals are rejected. Also AbortSignal.timeout with edge delays.
const tp = require('timers/promises');
const events = require('events');

function fmt(err) {
  if (!(err instanceof Error)) return `non-error ${String(err)}`;
  const cause = err.cause === undefined ? '' :
    ` cause=${err.cause instanceof Error || err.cause instanceof DOMException ?
      `${err.cause.name}: ${err.cause.message}` : String(err.cause)}`;
  return `${err.name} ${err.code} ${err.message}${cause}`;
}

const apis = [
  ['setTimeout', (signal) => tp.setTimeout(10, 'v', { signal })],
  ['setImmediate', (signal) => tp.setImmediate('v', { signal })],
  ['setInterval', (signal) => tp.setInterval(10, 'v', { signal })[Symbol.asyncIterator]().next()],
  ['scheduler.wait', (signal) => tp.scheduler.wait(10, { signal })],
  ['events.once', (signal) => events.once(new events.EventEmitter(), 'x', { signal })],
  ['events.once target', (signal) => events.once(new EventTarget(), 'x', { signal })],
  ['events.on', (signal) => events.on(new events.EventEmitter(), 'x', { signal }).next()],
];

async function settle(label, fn) {
  let p;
  try {
    p = fn();
  } catch (err) {
    console.log(label, 'throws', fmt(err));
    return;
  }
  await p.then((v) => console.log(label, 'resolves', JSON.stringify(v)),
               (err) => console.log(label, 'rejects', fmt(err)));
}

async function main() {
  for (const [name, fn] of apis) {
    for (const reason of [undefined, 'str', new RangeError('range'), null, 0]) {
      const signal = reason === undefined ? AbortSignal.abort() : AbortSignal.abort(reason);
      await settle(`${name} aborted(${String(reason)})`, () => fn(signal));
    }
    const c = new AbortController();
    setImmediate(() => c.abort('later'));
    await settle(`${name} aborted later`, () => fn(c.signal));
    await settle(`${name} bad signal`, () => fn({}));
  }

  for (const delay of [undefined, null, -1, 1.5, NaN, Infinity, 2 ** 32, '10', 10n, {}, true,
    [5], new Number(5)]) {
    try {
      console.log('timeout', String(delay), AbortSignal.timeout(delay).aborted);
    } catch (err) {
      console.log('timeout', String(delay), err.name, err.code);
    }
  }
  // A zero timeout aborts on a later timer turn, with a TimeoutError.
  const keep = setTimeout(() => {}, 1000);
  const s0 = AbortSignal.timeout(0);
  console.log('timeout(0) at once', s0.aborted);
  await new Promise((resolve) => s0.addEventListener('abort', resolve));
  console.log('timeout(0)', s0.reason.name, s0.reason.code, s0.reason.message);
  const viaAny = AbortSignal.any([AbortSignal.timeout(1)]);
  await new Promise((resolve) => { viaAny.onabort = resolve; });
  console.log('timeout through any', viaAny.reason.name);
  clearTimeout(keep);
}
main();
