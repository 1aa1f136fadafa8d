'use strict';
// read(0): triggers _read() without consuming, emits 'readable' when enough is
// buffered, and drives the end of an ended empty stream.
const { Readable } = require('stream');
const { log, fmt, ticks, delay } = require('./_helpers');

{
  const r = new Readable({ highWaterMark: 4, read(n) { log('_read', n); } });
  r.on('readable', () => log('readable; length', r.readableLength));
  log('read(0) ->', r.read(0));
  r.push('ab');
  log('read(0) ->', r.read(0), 'length', r.readableLength);
  r.push('cdef');
  log('read(0) at hwm ->', r.read(0));
  ticks(3);
}

delay(() => {
  const r = new Readable({ read() {} });
  r.on('end', () => log('end after read(0)'));
  r.push(null);
  log('read(0) on ended ->', r.read(0));
  ticks(3, 'e');
}, 20);

delay(() => {
  const r = new Readable({ read() { log('sync _read pushes'); this.push('z'); } , highWaterMark: 1 });
  log('read(0) with sync push ->', r.read(0), 'length', r.readableLength);
  log('read() ->', fmt(r.read()));
}, 40);
