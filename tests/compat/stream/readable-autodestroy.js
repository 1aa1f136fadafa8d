'use strict';
// autoDestroy: false keeps the stream open after 'end' and after errors; emitClose
// false suppresses 'close'.
const { Readable } = require('stream');
const { log, track, state, READABLE_PASSIVE, delay } = require('./_helpers');

{
  const r = new Readable({ autoDestroy: false, read() {} });
  track('a', r, READABLE_PASSIVE);
  r.on('data', () => {});
  r.push('x');
  r.push(null);
  delay(() => {
    state('a', r);
    r.destroy();
  }, 5);
}

delay(() => {
  const r = new Readable({ autoDestroy: false, read() {} });
  track('b', r, READABLE_PASSIVE);
  r.push(1);
  delay(() => state('b', r), 5);
}, 20);

delay(() => {
  const r = new Readable({ emitClose: false, read() {} });
  track('c', r, READABLE_PASSIVE);
  r.resume();
  r.push(null);
  delay(() => state('c', r), 5);
}, 40);
