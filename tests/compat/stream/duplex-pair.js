'use strict';
// stream.duplexPair(): what one side writes the other reads; ending one side ends
// the other's readable side; backpressure across; options apply to both.
const { duplexPair, Duplex } = require('stream');
const { log, fmt, track, delay } = require('./_helpers');

const [a, b] = duplexPair();
log('sides are Duplex', a instanceof Duplex, b instanceof Duplex, a !== b);
track('a', a, ['finish', 'end', 'close', 'error']);
track('b', b, ['finish', 'end', 'close', 'error']);
b.on('data', (c) => log('b got', fmt(c)));
a.on('data', (c) => log('a got', fmt(c)));
log('a.write ->', a.write('ping', () => log('ping acknowledged')));
b.write('pong');
a.write('');
a.end('bye');

delay(() => {
  const [x, y] = duplexPair({ objectMode: true, highWaterMark: 1 });
  log('objectMode', x.readableObjectMode, y.writableObjectMode, x.writableHighWaterMark);
  x.write({ n: 1 }, () => log('write 1 acknowledged'));
  x.write({ n: 2 }, () => log('write 2 acknowledged'));
  delay(() => {
    log('y reads', fmt(y.read()));
    delay(() => log('y reads', fmt(y.read())), 2);
  }, 5);
}, 30);
