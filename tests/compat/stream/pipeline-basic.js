'use strict';
// pipeline(): streams only, the callback's timing relative to the streams' events,
// the return value, arrays of streams, and a destination left open with end: false
// (stream/promises).
const { pipeline, Readable, Writable, Transform, PassThrough } = require('stream');
const { log, track, fmt, delay } = require('./_helpers');

const EVENTS = ['end', 'finish', 'close', 'error', 'unpipe'];

const src = Readable.from(['a', 'b', 'c'], { objectMode: false });
const up = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
const out = [];
const dst = new Writable({ write(c, e, cb) { out.push(String(c)); cb(); } });
track('src', src, EVENTS);
track('up', up, EVENTS);
track('dst', dst, EVENTS);
const ret = pipeline(src, up, dst, (err, val) => {
  log('pipeline cb', fmt(err), fmt(val), out.join(''));
});
log('returned last stream', ret === dst);

delay(() => {
  const a = Readable.from(['x']);
  const b = new PassThrough();
  track('b', b, EVENTS);
  const r = pipeline([a, b], (err) => log('array form cb', fmt(err)));
  log('array form returns', r === b);
  r.on('data', (c) => log('b data', fmt(c)));
}, 30);

delay(async () => {
  const { pipeline: pp } = require('stream/promises');
  const sink = new PassThrough();
  track('sink', sink, EVENTS);
  await pp(Readable.from(['1', '2']), sink, { end: false });
  log('end:false resolved; sink writableEnded', sink.writableEnded, 'length', sink.readableLength);
  sink.end();
  sink.resume();
}, 60);
