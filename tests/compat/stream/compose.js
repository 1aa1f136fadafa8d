'use strict';
// stream.compose(): streams, generator functions and iterables combined into one
// Duplex; writing to it and reading from it; errors from inside; the readable.compose
// operator; invalid stages.
const { compose, Readable, Transform, PassThrough, Writable } = require('stream');
const { log, fmt, track, delay } = require('./_helpers');

async function main() {
  const upper = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
  const c = compose(upper, async function* (src) {
    for await (const chunk of src) yield `<${chunk}>`;
  });
  track('c', c, ['finish', 'end', 'close', 'error']);
  log('composed is', c.constructor.name, c.readable, c.writable);
  const got = [];
  c.on('data', (d) => got.push(String(d)));
  c.write('a');
  c.write('b');
  c.end();
  await new Promise((r) => c.on('close', r));
  log('got', got.join(''));

  const onlyReadable = compose(Readable.from(['x', 'y']), new PassThrough({ objectMode: true }));
  log('readable-only composition writable?', onlyReadable.writable);
  log('read', JSON.stringify(await onlyReadable.toArray()));

  const failing = compose(new PassThrough(), async function* (src) {
    for await (const chunk of src) throw new Error(`cannot take ${chunk}`);
  });
  failing.on('error', (err) => log('composed error', fmt(err)));
  failing.on('close', () => log('composed close'));
  failing.resume();
  failing.write('z');
  await new Promise((r) => delay(r, 10));

  const sinkOnly = compose(new PassThrough(), new Writable({ write(ch, e, cb) { log('sink', fmt(ch)); cb(); } }));
  log('sink composition', sinkOnly.readable, sinkOnly.writable);
  sinkOnly.on('finish', () => log('sink composition finish'));
  sinkOnly.end('q');
  await new Promise((r) => delay(r, 10));

  const viaOperator = Readable.from(['m', 'n']).compose(async function* (src) {
    for await (const ch of src) yield ch + ch;
  });
  log('operator', JSON.stringify(await viaOperator.toArray()));

  for (const args of [[], [new Writable(), new PassThrough()], [new PassThrough(), Readable.from([])]]) {
    try {
      const r = compose(...args);
      log('compose ok', r.constructor.name);
    } catch (err) {
      log('compose error', fmt(err));
    }
  }
  const single = compose(new PassThrough());
  log('single stream returned as is', single instanceof PassThrough);
}
main();
