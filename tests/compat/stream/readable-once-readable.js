'use strict';
// once('readable') cycles and read(n) with partial availability: the consumer asks
// for fixed-size records and waits for the next 'readable' when not enough is there.
const { Readable } = require('stream');
const { log, fmt, delay } = require('./_helpers');

const parts = ['abc', 'defg', 'h', 'ijklmnop', 'q'];
const r = new Readable({
  highWaterMark: 4,
  read() {
    delay(() => this.push(parts.length ? parts.shift() : null), 1);
  },
});
r.on('end', () => log('end'));
r.on('close', () => log('close'));

function consume() {
  let rec;
  while ((rec = r.read(3)) !== null) log('record', fmt(rec));
  log('waiting; buffered', r.readableLength, 'ended', r.readableEnded);
  if (!r.readableEnded) r.once('readable', consume);
}
r.once('readable', consume);
