'use strict';
// Transform failures: callback(err) from _transform (sync and async), throwing,
// _flush errors, and destroy() of a transform in the middle of the data.
const { Transform } = require('stream');
const { log, track, fmt, delay } = require('./_helpers');

const EVENTS = ['end', 'finish', 'prefinish', 'close', 'error'];

function make(name, transform, flush) {
  const t = new Transform({ transform, flush });
  track(name, t, EVENTS);
  t.on('data', (c) => log(`${name} data`, fmt(c)));
  return t;
}

{
  const t = make('syncerr', (c, e, cb) => cb(c.toString() === 'bad' ? new Error('bad chunk') : null, c));
  t.write('ok', (err) => log('cb ok', fmt(err)));
  t.write('bad', (err) => log('cb bad', fmt(err)));
  t.write('after', (err) => log('cb after', fmt(err)));
}

delay(() => {
  const t = make('asyncerr', (c, e, cb) => delay(() => cb(new Error('async bad')), 1));
  t.write('x', (err) => log('cb x', fmt(err)));
  t.end((err) => log('end cb', fmt(err)));
}, 20);

delay(() => {
  const t = make('throws', () => { throw new Error('transform threw'); });
  try {
    t.write('x');
  } catch (err) {
    log('write threw', fmt(err));
  }
}, 40);

delay(() => {
  const t = make('flusherr', (c, e, cb) => cb(null, c), (cb) => cb(new Error('flush failed')));
  t.end('x', (err) => log('end cb', fmt(err)));
}, 60);

delay(() => {
  const t = make('flushdata', (c, e, cb) => cb(), (cb) => cb(null, 'flushed'));
  t.end('x');
}, 80);

delay(() => {
  const t = make('destroyed', (c, e, cb) => delay(() => cb(null, c), 2));
  t.write('a', (err) => log('cb a', fmt(err)));
  t.write('b', (err) => log('cb b', fmt(err)));
  delay(() => t.destroy(new Error('stop')), 1);
}, 100);
