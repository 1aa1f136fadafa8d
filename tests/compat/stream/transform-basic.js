'use strict';
// Transform: callback(null, data), push() from _transform, several pushes per chunk,
// none at all, _flush with data, the event order on both sides.
const { Transform } = require('stream');
const { log, track, fmt, delay } = require('./_helpers');

const EVENTS = ['end', 'finish', 'prefinish', 'close', 'error'];

{
  const t = new Transform({
    transform(chunk, enc, cb) {
      log('_transform', fmt(chunk), enc);
      cb(null, chunk.toString().toUpperCase());
    },
    flush(cb) {
      log('_flush');
      cb(null, '!');
    },
  });
  track('up', t, EVENTS);
  t.on('data', (c) => log('up data', fmt(c)));
  t.write('a');
  t.write('b', () => log('write b cb'));
  t.end('c', () => log('end cb'));
}

delay(() => {
  const t = new Transform({
    objectMode: true,
    transform(n, enc, cb) {
      for (let i = 0; i < n; i++) this.push(`${n}.${i}`);
      cb();
    },
  });
  track('multi', t, EVENTS);
  t.on('data', (c) => log('multi data', fmt(c)));
  t.write(0);
  t.write(2);
  t.write(3);
  t.end();
}, 20);

delay(() => {
  const t = new Transform({
    transform(chunk, enc, cb) {
      delay(() => cb(null, chunk), 1);
    },
    flush(cb) {
      delay(() => { this.push('flushed'); cb(); }, 1);
    },
  });
  track('async', t, EVENTS);
  t.setEncoding('utf8');
  t.on('data', (c) => log('async data', fmt(c)));
  t.write('x');
  t.write('y');
  t.end();
}, 40);

delay(() => {
  const t = new Transform({
    decodeStrings: false,
    transform(chunk, enc, cb) {
      log('no decode', fmt(chunk), enc);
      cb(null, chunk);
    },
  });
  t.resume();
  t.write('str', 'latin1');
  t.end();
}, 80);

delay(() => {
  const t = new Transform();
  track('noimpl', t, EVENTS);
  try {
    t.write('x');
  } catch (err) {
    log('threw', fmt(err));
  }
  class Sub extends Transform {
    _transform(c, e, cb) { cb(null, c); }
    _flush(cb) { log('Sub _flush'); cb(); }
  }
  const s = new Sub();
  s.resume();
  s.on('end', () => log('Sub end'));
  s.end('z');
}, 100);
