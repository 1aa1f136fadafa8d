'use strict';
// Destroying a Readable from inside _read(), from inside 'data' while flowing from a
// synchronous read loop, and while a 'readable' handler reads.
const { Readable } = require('stream');
const { log, fmt, track, READABLE_PASSIVE, delay } = require('./_helpers');

{
  const r = new Readable({
    read() {
      log('_read: push then destroy');
      this.push('last');
      this.destroy();
    },
  });
  track('a', r, READABLE_PASSIVE);
  r.on('data', (c) => log('a data', fmt(c)));
}

delay(() => {
  let n = 0;
  const r = new Readable({ read() { this.push(String(n++)); } });
  track('b', r, READABLE_PASSIVE);
  r.on('data', (c) => {
    log('b data', fmt(c));
    if (c.toString() === '2') r.destroy(new Error('enough'));
  });
}, 20);

delay(() => {
  const r = new Readable({ read() {} });
  track('c', r, READABLE_PASSIVE);
  r.push('1');
  r.push('2');
  r.on('readable', () => {
    const c = r.read(1);
    log('c read', fmt(c));
    r.destroy();
    log('c read after destroy', fmt(r.read()));
  });
}, 40);
