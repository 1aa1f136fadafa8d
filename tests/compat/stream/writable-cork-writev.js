'use strict';
// cork()/uncork() and _writev(): buffered chunks are handed over in one call (with
// their encodings and allBuffers), nested corks, end() uncorking, and _writev used
// alone through the default _write().
const { Writable } = require('stream');
const { log, track, fmt, WRITABLE_EVENTS, delay } = require('./_helpers');

function make(name, extra = {}) {
  const w = new Writable({
    decodeStrings: false,
    write(chunk, enc, cb) {
      log(`${name} _write`, fmt(chunk), enc);
      cb();
    },
    writev(chunks, cb) {
      log(`${name} _writev`, chunks.length, 'allBuffers', chunks.allBuffers,
          chunks.map((c) => `${fmt(c.chunk)}/${c.encoding}`).join(' '));
      cb();
    },
    ...extra,
  });
  track(name, w, WRITABLE_EVENTS);
  return w;
}

{
  const w = make('a');
  w.cork();
  w.write('one', () => log('cb one'));
  w.write(Buffer.from('two'), () => log('cb two'));
  w.write('three', 'latin1');
  log('corked', w.writableCorked, 'length', w.writableLength, 'buffer', w.writableBuffer.length);
  process.nextTick(() => {
    w.uncork();
    log('uncorked', w.writableCorked);
    w.end();
  });
}

delay(() => {
  const w = make('nested');
  w.cork();
  w.cork();
  w.write('x');
  w.write('y');
  w.uncork();
  log('after one uncork, corked', w.writableCorked);
  w.uncork();
  w.uncork();
  log('extra uncork, corked', w.writableCorked);
  w.cork();
  w.cork();
  w.write('z');
  w.end('last');
  log('end uncorked', w.writableCorked);
}, 20);

delay(() => {
  const w = make('single');
  w.cork();
  w.write('only');
  w.uncork();
  w.end();
}, 40);

delay(() => {
  const w = new Writable({
    writev(chunks, cb) {
      log('writev-only', chunks.length, chunks.map((c) => fmt(c.chunk)).join(' '));
      cb();
    },
  });
  w.write('solo');
  w.cork();
  w.write('p');
  w.write('q');
  w.uncork();
  w.end(() => log('writev-only finished'));
}, 60);

delay(() => {
  const w = make('busy', {
    write(chunk, enc, cb) {
      log('busy _write', fmt(chunk));
      delay(cb, 2);
    },
  });
  w.write('first');
  w.write('second');
  w.write('third');
  w.end();
}, 80);
