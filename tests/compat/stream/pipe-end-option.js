'use strict';
// pipe(dest, { end: false }) leaves dest open; piping a source that already ended;
// one destination fed by two sources in turn.
const { Readable, Writable } = require('stream');
const { log, track, fmt, delay } = require('./_helpers');

const w = new Writable({ write(c, e, cb) { log('got', fmt(c)); cb(); } });
track('w', w, ['pipe', 'unpipe', 'finish', 'close']);

const a = Readable.from(['a1', 'a2']);
a.on('end', () => {
  log('a end; writable', w.writable);
  const b = Readable.from(['b1']);
  b.on('end', () => log('b end'));
  b.pipe(w);
});
a.pipe(w, { end: false });

delay(() => {
  const r = new Readable({ read() {} });
  r.push('z');
  r.push(null);
  r.resume();
  r.on('end', () => {
    log('ended source piped');
    const d = new Writable({ write(c, e, cb) { log('late got', fmt(c)); cb(); } });
    track('d', d, ['pipe', 'unpipe', 'finish', 'close']);
    r.pipe(d);
  });
}, 30);
