'use strict';
// pipeline() when a stage fails: the source, a middle transform, the destination, a
// stream destroyed without an error (premature close); which streams get destroyed,
// with what, and when the callback runs.
const { pipeline, Readable, Writable, Transform } = require('stream');
const { log, track, fmt, delay } = require('./_helpers');

const EVENTS = ['end', 'finish', 'close', 'error'];

const steps = [];
function step(fn) { steps.push(fn); }
function run() {
  const fn = steps.shift();
  if (!fn) return;
  log('========');
  fn();
  delay(run, 60);
}

function stages(opts) {
  let i = 0;
  const src = new Readable({
    read() {
      if (opts.srcFail === i) { this.destroy(new Error('source failed')); return; }
      delay(() => this.push(i < 4 ? String(i++) : null), 1);
    },
  });
  const mid = new Transform({
    transform(c, e, cb) {
      if (opts.midFail === String(c)) cb(new Error('transform failed'));
      else cb(null, c);
    },
  });
  const dst = new Writable({
    write(c, e, cb) {
      log('dst _write', fmt(c));
      if (opts.onWrite) opts.onWrite(String(c));
      if (opts.dstFail === String(c)) cb(new Error('destination failed'));
      else cb();
    },
  });
  track('src', src, EVENTS);
  track('mid', mid, EVENTS);
  track('dst', dst, EVENTS);
  return [src, mid, dst];
}

step(() => {
  const s = stages({ srcFail: 2 });
  pipeline(...s, (err) => log('cb', fmt(err), s.map((x) => x.destroyed).join()));
});

step(() => {
  const s = stages({ midFail: '1' });
  pipeline(...s, (err) => log('cb', fmt(err), s.map((x) => x.destroyed).join()));
});

step(() => {
  const s = stages({ dstFail: '2' });
  pipeline(...s, (err) => log('cb', fmt(err), s.map((x) => x.destroyed).join()));
});

step(() => {
  const s = stages({
    onWrite(c) {
      if (c === '1') { log('destroy mid without error'); s[1].destroy(); }
    },
  });
  pipeline(...s, (err) => log('cb', fmt(err), s.map((x) => x.destroyed).join()));
});

step(() => {
  const s = stages({
    onWrite(c) {
      if (c === '1') { log('destroy dst with error'); s[2].destroy(new Error('dst destroyed')); }
    },
  });
  pipeline(...s, (err) => log('cb', fmt(err), s.map((x) => x.destroyed).join()));
});

run();
