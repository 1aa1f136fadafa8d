'use strict';
// How listeners steer a Readable: 'readable' takes precedence over 'data'; removing the
// 'readable' listener resumes the flow on the next tick; removeAllListeners; the
// shape-mode event table (no 'removeListener' event for streams' own removals);
// eventNames().
const { Readable } = require('stream');
const { log, fmt, track, READABLE_PASSIVE, delay } = require('./_helpers');

{
  const r = new Readable({ read() {} });
  track('a', r, READABLE_PASSIVE);
  const onReadable = () => log('a:readable');
  r.on('readable', onReadable);
  r.on('data', (c) => log('a:data', fmt(c)));
  log('flowing with both', r.readableFlowing);
  r.push('x');
  delay(() => {
    log('remove readable listener');
    r.removeListener('readable', onReadable);
    log('flowing right after', r.readableFlowing);
    process.nextTick(() => log('flowing next tick', r.readableFlowing));
  }, 5);
  delay(() => { r.push('y'); r.push(null); }, 10);
}

delay(() => {
  const r = new Readable({ read() {} });
  r.on('readable', () => {});
  r.removeAllListeners('readable');
  log('after removeAllListeners(readable): flowing', r.readableFlowing);
  process.nextTick(() => log('next tick flowing', r.readableFlowing));
  const r2 = new Readable({ read() {} });
  r2.on('readable', () => {});
  r2.on('data', () => {});
  r2.removeAllListeners();
  process.nextTick(() => log('all removed flowing', r2.readableFlowing, r2.listenerCount('data')));
}, 30);

delay(() => {
  const r = new Readable({ read() {} });
  r.on('removeListener', (t) => log('removeListener event', String(t)));
  const f = () => {};
  r.on('data', f);
  r.on('foo', f);
  r.removeListener('data', f);
  r.removeListener('foo', f);
  log('eventNames', JSON.stringify(r.eventNames()));
  r.on('end', f);
  log('eventNames', JSON.stringify(r.eventNames()));
  log('off is removeListener', r.off === r.removeListener, 'addListener is on', r.addListener === r.on);
}, 50);
