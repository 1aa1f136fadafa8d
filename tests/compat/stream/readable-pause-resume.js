'use strict';
// pause()/resume(): 'pause' and 'resume' events, isPaused(), readableFlowing, pausing
// inside 'data', resume() without a 'data' listener (data is discarded), and resume
// while 'readable' listeners exist.
const { Readable } = require('stream');
const { log, track, ticks, fmt, READABLE_PASSIVE, delay } = require('./_helpers');

function source(name, n = 4) {
  let i = 0;
  return new Readable({
    highWaterMark: 2,
    read() {
      log(`${name} _read`);
      this.push(i < n ? `${name}${i++}` : null);
    },
  });
}

{
  const r = source('a');
  track('a', r, READABLE_PASSIVE);
  log('isPaused', r.isPaused(), 'flowing', r.readableFlowing);
  r.pause();
  log('after pause: isPaused', r.isPaused(), 'flowing', r.readableFlowing);
  r.on('data', (c) => {
    log('a:data', fmt(c));
    if (c === 'a1') {
      r.pause();
      log('paused in data; resuming after 5ms');
      delay(() => r.resume(), 5);
    }
  });
  log('data listener on paused stream: flowing', r.readableFlowing);
  r.resume();
  log('resume called: flowing', r.readableFlowing, 'isPaused', r.isPaused());
  ticks(4);
}

delay(() => {
  log('--- resume without data listener');
  const r = source('b', 3);
  track('b', r, READABLE_PASSIVE);
  r.resume();
  r.resume();
  log('flowing', r.readableFlowing);
}, 40);

delay(() => {
  log('--- resume with a readable listener');
  const r = source('c', 2);
  track('c', r, READABLE_PASSIVE);
  r.on('readable', () => {
    let c;
    while ((c = r.read()) !== null) log('c read', fmt(c));
  });
  r.resume();
  log('flowing', r.readableFlowing);
  r.on('data', (c) => log('c:data', fmt(c)));
}, 80);

delay(() => {
  log('--- pause twice, resume twice');
  const r = new Readable({ read() {} });
  track('d', r, ['pause', 'resume']);
  r.pause();
  r.pause();
  r.resume();
  r.resume();
  delay(() => { r.pause(); log('flowing', r.readableFlowing); }, 5);
}, 120);
