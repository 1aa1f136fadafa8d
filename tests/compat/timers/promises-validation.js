// Invalid arguments reject (setTimeout, setImmediate, scheduler.wait) or throw on the
// first next() (setInterval) with ERR_INVALID_ARG_TYPE.
const tp = require('timers/promises');
function show(tag, p) {
  return p.then((v) => console.log(tag, 'resolved', v),
                (e) => console.log(tag, e.name, e.code, e.message));
}
(async () => {
  for (const options of [null, 5, 'x', [], true, () => {}]) {
    await show(`setTimeout options=${typeof options}`, tp.setTimeout(1, 'v', options));
    await show(`setImmediate options=${typeof options}`, tp.setImmediate('v', options));
  }
  for (const signal of [null, 1, {}, 'abort', []]) {
    await show('setTimeout signal', tp.setTimeout(1, 'v', { signal }));
    await show('setImmediate signal', tp.setImmediate('v', { signal }));
  }
  for (const ref of [null, 1, 'true', {}]) {
    await show('setTimeout ref', tp.setTimeout(1, 'v', { ref }));
    await show('setImmediate ref', tp.setImmediate('v', { ref }));
  }
  for (const delay of ['1', null, {}, 1n]) {
    await show('setTimeout delay', tp.setTimeout(delay, 'v'));
    await show('wait delay', tp.scheduler.wait(delay));
  }
  await show('delay checked before options', tp.setTimeout('x', 'v', 5));
  await show('signal checked before ref', tp.setTimeout(1, 'v', { signal: 1, ref: 1 }));
  const it = tp.setInterval(1, 'v', 5);
  console.log('setInterval made an iterator without throwing');
  await show('setInterval options', it.next());
  await show('setInterval after failure', it.next());
  await show('setInterval delay', tp.setInterval('1').next());
  await show('setInterval signal', tp.setInterval(1, 'v', { signal: 7 }).next());
  await show('setInterval ref', tp.setInterval(1, 'v', { ref: 'no' }).next());
  await show('wait options', tp.scheduler.wait(1, 'x'));
  await show('wait ref', tp.scheduler.wait(1, { ref: 'x' }));
  await show('wait signal', tp.scheduler.wait(1, { signal: 'x' }));
  const p = tp.setTimeout(1, 'v', null);
  console.log('returns a promise', p instanceof Promise);
  await p.catch(() => {});
})();
