'use strict';
// unpipe(): of one destination, of all, of a stream that is not piped, and from
// inside 'data'; the source pauses when nothing is left.
const { Readable, Writable, PassThrough } = require('stream');
const { log, track, fmt, delay } = require('./_helpers');

function sink(name) {
  const w = new Writable({ write(c, e, cb) { log(`${name} got`, fmt(c)); cb(); } });
  track(name, w, ['pipe', 'unpipe', 'finish', 'close']);
  return w;
}

{
  const r = new Readable({ read() {} });
  track('r', r, ['pause', 'resume', 'end']);
  const a = sink('a');
  const b = sink('b');
  r.pipe(a);
  r.pipe(b);
  r.push('1');
  delay(() => {
    log('unpipe a');
    r.unpipe(a);
    r.push('2');
    delay(() => {
      log('unpipe all');
      r.unpipe();
      log('flowing', r.readableFlowing, 'pipes', r._readableState.pipes.length);
      r.push('3');
      log('unpipe not piped ->', r.unpipe(sink('c')) === r);
      log('length kept', r.readableLength);
    }, 5);
  }, 5);
}

delay(() => {
  const r = new PassThrough();
  const a = sink('x');
  r.pipe(a);
  r.on('data', (c) => {
    if (String(c) === 'stop') {
      log('unpipe from data');
      r.unpipe(a);
    }
  });
  r.write('go');
  r.write('stop');
  r.write('more');
  r.end();
  r.on('end', () => log('r end'));
}, 40);
