// fsPromises.watch: async iteration, abort, errors.
const fs = require('fs');
const fsp = require('fs/promises');
const { p, scrub } = require('./_tmp');
fs.mkdirSync(p('d'));

(async () => {
  const it = fsp.watch(p('d'));
  console.log(Object.prototype.toString.call(it), typeof it.next, typeof it.return,
              it[Symbol.asyncIterator]() === it);
  setTimeout(() => fs.writeFileSync(p('d/one.txt'), 'x'), 20);
  for await (const event of it) {
    console.log('event', event.eventType, event.filename, Object.keys(event).join());
    break;
  }

  const ac = new AbortController();
  const aborted = fsp.watch(p('d'), { signal: ac.signal });
  setTimeout(() => ac.abort('why'), 20);
  try {
    for await (const event of aborted) console.log('unexpected', event);
  } catch (err) {
    console.log('abort', err.name, err.code, err.message, err.cause);
  }

  try {
    for await (const event of fsp.watch(p('d'), { signal: AbortSignal.abort() })) {
      console.log('unexpected', event);
    }
  } catch (err) {
    console.log('pre-aborted', err.name, err.code);
  }

  for (const [label, args] of [
    ['missing', [p('nope')]],
    ['number', [1]],
    ['options type', [p('d'), 'utf8']],
    ['persistent type', [p('d'), { persistent: 1 }]],
    ['recursive type', [p('d'), { recursive: 1 }]],
    ['encoding', [p('d'), { encoding: 'nope' }]],
    ['signal', [p('d'), { signal: {} }]],
  ]) {
    try {
      const w = fsp.watch(...args);
      await w.next();
      console.log(label, 'no error');
    } catch (err) {
      console.log(label, err.name, err.code, scrub(err.message));
    }
  }

  try {
    await fsp.watch(p('d'), { encoding: 'buffer' }).next();
  } catch (err) {
    console.log('buffer encoding', err.code, err.message);
  }
  const hex = fsp.watch(p('d'), { encoding: 'hex' });
  setTimeout(() => fs.writeFileSync(p('d/two.txt'), 'x'), 20);
  const { value } = await hex.next();
  console.log('hex', value.filename);
  await hex.return();
  console.log('done');
})();
