'use strict';
// The legacy Stream class: its pipe() between old-style emitters (pause/resume on
// backpressure, end and close handling, error rethrow), eventNames(), and
// ES5-style subclassing with util.inherits.
const Stream = require('stream');
const util = require('util');
const { log, fmt } = require('./_helpers');

function OldSource() { Stream.call(this); this.readable = true; }
util.inherits(OldSource, Stream);
OldSource.prototype.pause = function() { log('source pause'); };
OldSource.prototype.resume = function() { log('source resume'); };

function OldSink(full) { Stream.call(this); this.writable = true; this.full = full; }
util.inherits(OldSink, Stream);
OldSink.prototype.write = function(c) { log('sink write', fmt(c)); return !this.full; };
OldSink.prototype.end = function() { log('sink end'); };
OldSink.prototype.destroy = function() { log('sink destroy'); };

{
  const src = new OldSource();
  const dst = new OldSink(true);
  dst.on('pipe', (s) => log('pipe event', s === src));
  log('returns dest', src.pipe(dst) === dst);
  src.emit('data', 'one');
  dst.emit('drain');
  src.emit('end');
  src.emit('data', 'after end (no listener)');
}

{
  const src = new OldSource();
  const dst = new OldSink(false);
  src.pipe(dst);
  src.emit('close');
}

{
  const src = new OldSource();
  const dst = new OldSink(false);
  src.pipe(dst, { end: false });
  src.emit('end');
  log('no end with end:false');
}

{
  const src = new OldSource();
  const dst = new OldSink(false);
  src.pipe(dst);
  try {
    src.emit('error', new Error('legacy error'));
  } catch (err) {
    log('rethrown', fmt(err));
  }
  const src2 = new OldSource();
  const dst2 = new OldSink(false);
  src2.on('error', (e) => log('own listener', fmt(e)));
  src2.pipe(dst2);
  src2.emit('error', new Error('handled'));
  src2.emit('data', 'after error (unpiped)');
}

{
  const s = new Stream();
  s.on('x', () => {});
  s.on('y', () => {});
  log('eventNames', JSON.stringify(s.eventNames()));
  const { Readable } = Stream;
  const r = new Readable({ read() {} });
  log('readable eventNames', JSON.stringify(r.eventNames()));
  r.on('data', () => {});
  log('with data', JSON.stringify(r.eventNames()));
}

{
  function MyReadable(opts) { Stream.Readable.call(this, opts); }
  util.inherits(MyReadable, Stream.Readable);
  MyReadable.prototype._read = function() { this.push('es5'); this.push(null); };
  const m = new MyReadable();
  m.on('data', (c) => log('es5 subclass data', fmt(c)));
  function MyWritable(opts) { Stream.Writable.call(this, opts); }
  util.inherits(MyWritable, Stream.Writable);
  MyWritable.prototype._write = function(c, e, cb) { log('es5 writable', fmt(c)); cb(); };
  new MyWritable().end('w');
}
