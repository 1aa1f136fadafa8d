'use strict';
// Transforms with different modes on each side: bytes in and objects out (a line
// splitter) and objects in and bytes out (a serializer), chained.
const { Transform, Readable } = require('stream');
const { log, fmt } = require('./_helpers');

let rest = '';
const lines = new Transform({
  readableObjectMode: true,
  transform(chunk, enc, cb) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop();
    for (const p of parts) this.push(p);
    cb();
  },
  flush(cb) {
    if (rest) this.push(rest);
    cb();
  },
});
const serialize = new Transform({
  writableObjectMode: true,
  transform(obj, enc, cb) {
    cb(null, `${JSON.stringify({ line: obj, len: obj.length })}\n`);
  },
});
log('modes', lines.readableObjectMode, lines.writableObjectMode, serialize.readableObjectMode, serialize.writableObjectMode);
Readable.from(['one\ntw', 'o\n\nthr', 'ee'], { objectMode: false })
  .pipe(lines)
  .pipe(serialize)
  .setEncoding('utf8')
  .on('data', (c) => log('out', fmt(c)))
  .on('end', () => log('end'));
