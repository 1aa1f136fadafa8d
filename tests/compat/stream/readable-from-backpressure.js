'use strict';
// Readable.from() over an async generator with a slow consumer: the generator is only
// pulled when the stream wants more (highWaterMark 1, or a larger one).
const { Readable, Writable, pipeline } = require('stream');
const { log, fmt, delay } = require('./_helpers');

function gen(name, n) {
  return (async function* () {
    for (let i = 0; i < n; i++) {
      log(`${name} yields`, i);
      yield i;
    }
    log(`${name} done`);
  })();
}

function slowSink(name) {
  return new Writable({
    objectMode: true,
    highWaterMark: 1,
    write(chunk, enc, cb) {
      log(`${name} writes`, fmt(chunk));
      delay(cb, 2);
    },
  });
}

pipeline(Readable.from(gen('a', 4)), slowSink('a'), (err) => {
  log('a done', fmt(err));
  pipeline(Readable.from(gen('b', 5), { highWaterMark: 3 }), slowSink('b'), (err2) => log('b done', fmt(err2)));
});
