'use strict';
// _construct(): reads wait until it calls back; errors from it destroy the stream;
// destroy() while constructing waits for it; calling back twice.
const { Readable } = require('stream');
const { log, track, ticks, fmt, READABLE_PASSIVE, delay } = require('./_helpers');

{
  const r = new Readable({
    construct(cb) {
      log('construct');
      delay(() => { log('construct done'); cb(); }, 5);
    },
    read() {
      log('_read');
      this.push('x');
      this.push(null);
    },
  });
  track('a', r, READABLE_PASSIVE);
  r.on('data', (c) => log('a:data', fmt(c)));
  log('read before construct ->', r.read());
  ticks(3);
}

delay(() => {
  const r = new Readable({
    construct(cb) { log('construct b'); cb(new Error('construct failed')); },
    read() { log('b _read (unexpected)'); },
  });
  track('b', r, READABLE_PASSIVE);
  r.resume();
  ticks(4, 'btick');
}, 30);

delay(() => {
  const r = new Readable({
    construct(cb) { log('construct c'); delay(() => { log('c calls back'); cb(); }, 5); },
    read() {},
    destroy(err, cb) { log('c _destroy', fmt(err)); cb(err); },
  });
  track('c', r, READABLE_PASSIVE);
  r.destroy(new Error('early'));
  log('c destroyed', r.destroyed);
}, 60);

delay(() => {
  const r = new Readable({
    construct(cb) { cb(); cb(); },
    read() {},
  });
  track('d', r, READABLE_PASSIVE);
}, 90);

delay(() => {
  const r = new Readable({
    construct(cb) { throw new Error('construct threw'); },
    read() {},
  });
  track('e', r, READABLE_PASSIVE);
}, 110);
