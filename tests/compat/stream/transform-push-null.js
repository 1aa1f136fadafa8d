'use strict';
// A Transform whose _transform ends the readable side itself (push(null)): later
// write callbacks are deferred to the next tick; the writable side still finishes.
const { Transform } = require('stream');
const { log, fmt, track } = require('./_helpers');

const t = new Transform({
  transform(c, e, cb) {
    log('_transform', fmt(c));
    if (String(c) === 'a') this.push(null);
    cb(null);
  },
});
track('t', t, ['end', 'finish', 'prefinish', 'close', 'error']);
t.resume();
t.write('a', () => log('cb a'));
process.nextTick(() => log('tick'));
t.write('b', (err) => log('cb b', fmt(err)));
t.end();
