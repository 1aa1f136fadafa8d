'use strict';
// Paused mode: 'readable' events and read() loops, including read() returning null
// mid-stream and the final 'readable' before 'end'.
const { Readable } = require('stream');
const { log, track, ticks, fmt, READABLE_PASSIVE, delay } = require('./_helpers');

{
  let i = 0;
  const r = new Readable({
    highWaterMark: 4,
    read(size) {
      log('_read size', size);
      if (i < 4) this.push(`ab${i++}`);
      else this.push(null);
    },
  });
  track('r', r, READABLE_PASSIVE);
  r.on('readable', () => {
    log('r:readable length', r.readableLength);
    let chunk;
    while ((chunk = r.read()) !== null) log('read', fmt(chunk));
    log('read null, ended', r.readableEnded);
  });
  log('flowing after readable listener', r.readableFlowing);
  ticks(6);
}

delay(() => {
  log('--- one read per readable event');
  const r = new Readable({ read() {} });
  track('r2', r, READABLE_PASSIVE);
  r.push('x');
  r.push('y');
  r.on('readable', () => {
    const c = r.read(1);
    log('r2:readable read(1)', fmt(c), 'left', r.readableLength);
  });
  delay(() => { r.push('z'); r.push(null); }, 5);
}, 30);

delay(() => {
  log('--- async pushes, readable listener');
  let n = 0;
  const r = new Readable({
    read() {
      delay(() => this.push(n < 3 ? String(n++) : null), 1);
    },
  });
  track('r3', r, READABLE_PASSIVE);
  r.on('readable', () => {
    log('r3:readable');
    let c;
    while ((c = r.read()) !== null) log('r3 read', fmt(c));
  });
}, 80);
