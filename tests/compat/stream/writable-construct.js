'use strict';
// Writable _construct(): writes and end() wait for construction; failures destroy;
// destroy() during construction.
const { Writable } = require('stream');
const { log, track, fmt, WRITABLE_EVENTS, delay } = require('./_helpers');

{
  const w = new Writable({
    construct(cb) { log('construct'); delay(() => { log('constructed'); cb(); }, 3); },
    write(chunk, enc, cb) { log('_write', fmt(chunk)); cb(); },
    final(cb) { log('_final'); cb(); },
  });
  track('a', w, WRITABLE_EVENTS);
  log('write ->', w.write('one', () => log('cb one')));
  w.write('two');
  w.end(() => log('end cb'));
  log('length while constructing', w.writableLength);
}

delay(() => {
  const w = new Writable({
    construct(cb) { delay(() => cb(new Error('no resource')), 2); },
    write(chunk, enc, cb) { log('unexpected _write'); cb(); },
  });
  track('b', w, WRITABLE_EVENTS);
  w.write('x', (err) => log('cb x', fmt(err)));
  w.end((err) => log('end cb', fmt(err)));
}, 20);

delay(() => {
  const w = new Writable({
    construct(cb) { log('construct c'); delay(cb, 3); },
    write(chunk, enc, cb) { cb(); },
    destroy(err, cb) { log('_destroy c', fmt(err)); cb(err); },
  });
  track('c', w, WRITABLE_EVENTS);
  w.write('x', (err) => log('cb x', fmt(err)));
  w.destroy();
}, 50);
