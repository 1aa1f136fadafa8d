'use strict';
// The stream inspection helpers: isReadable, isWritable, isErrored, isDisturbed,
// isDestroyed over a stream's life and on non-streams; get/setDefaultHighWaterMark.
const stream = require('stream');
const { Readable, Writable, PassThrough } = stream;
const { log, fmt } = require('./_helpers');

function show(label, s) {
  log(label, JSON.stringify({
    isReadable: stream.isReadable(s),
    isWritable: stream.isWritable(s),
    isErrored: stream.isErrored(s),
    isDisturbed: stream.isDisturbed(s),
    isDestroyed: stream.isDestroyed(s),
  }));
}

const r = new Readable({ read() {} });
show('new readable', r);
r.push('x');
r.read();
show('read from', r);
const w = new Writable({ write(c, e, cb) { cb(); } });
show('new writable', w);
w.end();
show('ended writable', w);
const p = new PassThrough();
show('passthrough', p);
p.on('error', () => {});
p.destroy(new Error('x'));
show('destroyed with error', p);
show('object', {});
show('null', null);
show('string', 'text');

log('set default', stream.setDefaultHighWaterMark(false, 1000));
log('byte default now', stream.getDefaultHighWaterMark(false), new Readable().readableHighWaterMark, new Writable().writableHighWaterMark);
stream.setDefaultHighWaterMark(true, 7);
log('object default now', stream.getDefaultHighWaterMark(true), new Readable({ objectMode: true }).readableHighWaterMark);
for (const bad of [-1, 'x', 1.5]) {
  try {
    stream.setDefaultHighWaterMark(false, bad);
  } catch (err) {
    log('bad value', fmt(err));
  }
}
log('Stream._isUint8Array', stream._isUint8Array(new Uint8Array(1)), stream._isUint8Array([]));
log('_isArrayBufferView', stream._isArrayBufferView(new DataView(new ArrayBuffer(1))));
const u = stream._uint8ArrayToBuffer(new Uint8Array([104, 105]));
log('_uint8ArrayToBuffer', Buffer.isBuffer(u), u.toString());
