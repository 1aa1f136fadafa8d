'use strict';
// events.once(emitter, name): a promise of the next event's arguments; rejects on
// 'error' (unless waiting for 'error'); cleans up its listeners either way.
const EventEmitter = require('events');
const { once } = EventEmitter;

async function main() {
  const e = new EventEmitter();
  process.nextTick(() => e.emit('myevent', 42, 'x'));
  const value = await once(e, 'myevent');
  console.log(JSON.stringify(value), e.listenerCount('myevent'), e.listenerCount('error'));

  process.nextTick(() => e.emit('noargs'));
  console.log(JSON.stringify(await once(e, 'noargs')));

  const err = new Error('kaboom');
  process.nextTick(() => e.emit('error', err));
  try {
    await once(e, 'myevent');
  } catch (caught) {
    console.log('rejected with', caught === err, e.listenerCount('myevent'), e.listenerCount('error'));
  }

  process.nextTick(() => e.emit('error', err));
  const [errorValue] = await once(e, 'error');
  console.log('waiting for error itself:', errorValue === err, e.listenerCount('error'));

  // Two waiters on the same event both resolve.
  const p1 = once(e, 'both');
  const p2 = once(e, 'both');
  console.log('listeners while waiting:', e.listenerCount('both'), e.listenerCount('error'));
  e.emit('both', 1);
  console.log(JSON.stringify(await Promise.all([p1, p2])));

  // Symbols as names.
  const sym = Symbol('s');
  process.nextTick(() => e.emit(sym, 'sym'));
  console.log(JSON.stringify(await once(e, sym)));

  // The listeners are once() wrappers: rawListeners shows them.
  const pending = once(e, 'raw');
  console.log(e.rawListeners('raw')[0].name, typeof e.rawListeners('raw')[0].listener);
  e.emit('raw');
  await pending;

  // Options: only the signal is checked (the function is async: errors reject).
  for (const options of [null, 1, 'x', { signal: 1 }, { signal: {} }, { signal: null }]) {
    const pending = once(e, 'v', options).then(
      (args) => console.log('resolved', JSON.stringify(args)),
      (caught) => console.log(caught.code, caught.message));
    e.emit('v', 'value');
    await pending;
  }
  console.log(e.listenerCount('v'));
  // Not an emitter at all.
  for (const bad of [{}, { on: 1 }]) {
    try {
      await once(bad, 'x');
    } catch (caught) {
      console.log(caught.code, caught.message);
    }
  }
  console.log(once.name, once.length, Object.getPrototypeOf(once) === Object.getPrototypeOf(async () => {}));
}
main();
