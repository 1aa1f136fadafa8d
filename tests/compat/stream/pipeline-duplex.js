'use strict';
// pipeline() whose last stage is readable (a Transform) - the caller keeps reading
// it; pipeline with Duplex.from stages; a pipeline of a single Duplex pair; errors
// after the pipeline completed still reach the callback only once.
const { pipeline, Readable, PassThrough, Transform, Duplex } = require('stream');
const { log, fmt, track, delay } = require('./_helpers');

{
  const last = new Transform({ transform(c, e, cb) { cb(null, `[${c}]`); } });
  track('last', last, ['end', 'finish', 'close', 'error']);
  const ret = pipeline(Readable.from(['a', 'b']), last, (err) => {
    log('cb', fmt(err), 'listeners on last: error', last.listenerCount('error'));
  });
  ret.setEncoding('utf8');
  ret.on('data', (c) => log('reading last', fmt(c)));
}

delay(() => {
  const d = Duplex.from({ readable: Readable.from(['from pair']), writable: new PassThrough() });
  pipeline(d, new PassThrough({ objectMode: true }).on('data', (c) => log('got', fmt(c))), (err) => log('pair cb', fmt(err)));
}, 20);

delay(() => {
  let calls = 0;
  const tail = new PassThrough();
  pipeline(Readable.from(['z']), tail, (err) => {
    calls++;
    log('cb call', calls, fmt(err));
  });
  tail.resume();
  tail.on('end', () => {
    delay(() => {
      tail.on('error', (err) => log('tail error listener', fmt(err)));
      log('emitting error after completion');
      tail.destroy(new Error('late'));
    }, 2);
  });
}, 40);
