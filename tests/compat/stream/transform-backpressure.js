'use strict';
// Backpressure through a Transform: with a small readable highWaterMark, write
// callbacks wait until the consumer reads; readableHighWaterMark 0 disables writable
// buffering; write() return values.
const { Transform } = require('stream');
const { log, track, fmt, delay } = require('./_helpers');

{
  const t = new Transform({
    readableHighWaterMark: 2,
    writableHighWaterMark: 2,
    objectMode: true,
    transform(chunk, enc, cb) {
      log('_transform', chunk);
      cb(null, chunk);
    },
  });
  track('t', t, ['drain', 'finish', 'end', 'close']);
  for (let i = 0; i < 6; i++) {
    log('write', i, '->', t.write(i, () => log('cb', i)), 'wlen', t.writableLength, 'rlen', t.readableLength);
  }
  t.end();
  delay(() => {
    log('start reading');
    t.on('data', (c) => log('data', c));
  }, 10);
}

delay(() => {
  const t = new Transform({
    readableHighWaterMark: 0,
    transform(chunk, enc, cb) { cb(null, chunk); },
  });
  log('hwm', t.readableHighWaterMark, t.writableHighWaterMark);
  log('write ->', t.write('a'), t.write('b'));
  t.on('readable', () => {
    let c;
    while ((c = t.read()) !== null) log('read', fmt(c));
  });
  t.end();
  t.on('end', () => log('zero end'));
  const u = new Transform({ readableHighWaterMark: 0, writableHighWaterMark: 8, transform(c, e, cb) { cb(null, c); } });
  log('explicit writable hwm', u.readableHighWaterMark, u.writableHighWaterMark);
  const v = new Transform({ highWaterMark: 0, transform(c, e, cb) { cb(null, c); } });
  log('highWaterMark 0', v.readableHighWaterMark, v.writableHighWaterMark);
}, 50);
