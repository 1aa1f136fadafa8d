'use strict';
// push() return values around highWaterMark, _read() calls as the buffer drains, and
// a highWaterMark of 0.
const { Readable } = require('stream');
const { log, fmt, delay } = require('./_helpers');

{
  const r = new Readable({ highWaterMark: 5, read(size) { log('_read', size); } });
  log('push abc ->', r.push('abc'), r.readableLength);
  log('push d ->', r.push('d'), r.readableLength);
  log('push e ->', r.push('e'), r.readableLength);
  log('push fgh ->', r.push('fgh'), r.readableLength);
  log('read(2)', fmt(r.read(2)));
  log('read(3)', fmt(r.read(3)));
  log('read(3)', fmt(r.read(3)));
}

{
  const r = new Readable({ objectMode: true, highWaterMark: 2, read() { log('obj _read'); } });
  log('obj push ->', r.push({ a: 1 }), r.push(0), r.push(false), r.readableLength);
  log('obj read', r.read(), r.read(), r.read(), r.readableLength);
}

{
  const r = new Readable({ highWaterMark: 0, read() { log('hwm0 _read'); } });
  log('hwm0 push ->', r.push('x'), r.readableLength);
  r.on('readable', () => {
    log('hwm0 readable', fmt(r.read()));
  });
  delay(() => {
    log('hwm0 push again ->', r.push('y'));
    r.push(null);
  }, 5);
  r.on('end', () => log('hwm0 end'));
}

for (const bad of [-1, 1.5, 'x', NaN]) {
  try {
    new Readable({ highWaterMark: bad });
  } catch (err) {
    log('hwm', String(bad), fmt(err));
  }
}
log('hwm "3" accepted?', (() => { try { return new Readable({ highWaterMark: 3.0 }).readableHighWaterMark; } catch (e) { return fmt(e); } })());
