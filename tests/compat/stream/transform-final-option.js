'use strict';
// Transform with a final() option or a subclass _final: the flush still happens at
// 'prefinish'; the order of _final, _flush, 'prefinish', 'finish', 'end'.
const { Transform } = require('stream');
const { log, fmt, track, delay } = require('./_helpers');

{
  const t = new Transform({
    transform(c, e, cb) { cb(null, c); },
    flush(cb) { log('_flush'); cb(null, 'F'); },
    final(cb) { log('_final (option)'); delay(cb, 1); },
  });
  track('a', t, ['prefinish', 'finish', 'end', 'close']);
  t.on('data', (c) => log('a data', fmt(c)));
  t.end('x');
}

delay(() => {
  class T extends Transform {
    _transform(c, e, cb) { cb(null, c); }
    _flush(cb) { log('_flush (subclass)'); cb(); }
    _final(cb) { log('_final (subclass)'); cb(); }
  }
  const t = new T();
  track('b', t, ['prefinish', 'finish', 'end', 'close']);
  t.resume();
  t.end('y');
}, 20);

delay(() => {
  const t = new Transform({
    transform(c, e, cb) { cb(null, c); },
    flush(cb) { log('_flush before destroy'); this.destroy(); cb(null, 'ignored'); },
  });
  track('c', t, ['prefinish', 'finish', 'end', 'close', 'error']);
  t.resume();
  t.end('z');
}, 40);
