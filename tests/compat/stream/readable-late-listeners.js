'use strict';
// Listeners added late: 'end' after the end was emitted (never called), 'data' on an
// ended stream, resume() inside 'end', pipe() from an ended stream, and
// 'readable' added after the end.
const { Readable, Writable } = require('stream');
const { log, fmt, delay } = require('./_helpers');

const r = Readable.from(['x']);
r.on('data', (c) => log('data', fmt(c)));
r.on('end', () => {
  log('end; resume inside');
  r.resume();
  r.on('end', () => log('second end listener (not expected)'));
});
r.on('close', () => {
  log('close; adding listeners after close');
  r.on('data', () => log('data after close (not expected)'));
  r.on('readable', () => log('readable after close (not expected)'));
  r.on('end', () => log('end after close (not expected)'));
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('finish', () => log('dest of ended source finished'));
  w.on('pipe', () => log('dest pipe event'));
  r.pipe(w);
  delay(() => log('done; flowing', r.readableFlowing), 5);
});
