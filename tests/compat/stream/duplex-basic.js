'use strict';
// Duplex: both sides independent; allowHalfOpen false ends the writable side after
// 'end'; autoDestroy waits for both sides; readable/writable false; the instanceof
// relations; destroyed needs both sides.
const { Duplex, Writable, Readable, Stream } = require('stream');
const { log, track, fmt, state, delay } = require('./_helpers');

const EVENTS = ['end', 'finish', 'prefinish', 'close', 'error'];

function make(name, opts) {
  const d = new Duplex({
    read() {},
    write(chunk, enc, cb) { log(`${name} _write`, fmt(chunk)); cb(); },
    final(cb) { log(`${name} _final`); cb(); },
    ...opts,
  });
  track(name, d, EVENTS);
  return d;
}

{
  const d = make('half');
  d.on('data', (c) => log('half data', fmt(c)));
  d.push('out');
  d.push(null);
  delay(() => {
    state('half after end', d);
    d.end('in');
  }, 5);
}

delay(() => {
  const d = make('nohalf', { allowHalfOpen: false });
  d.on('data', (c) => log('nohalf data', fmt(c)));
  d.write('in');
  d.push('out');
  d.push(null);
}, 30);

delay(() => {
  const d = make('ro', { writable: false });
  state('ro', d);
  d.write('x', (err) => log('ro write cb', fmt(err)));
  d.resume();
  d.push(null);
}, 60);

delay(() => {
  const d = make('wo', { readable: false });
  state('wo', d);
  d.end('x');
}, 90);

delay(() => {
  const d = new Duplex();
  log('instanceof', d instanceof Duplex, d instanceof Readable, d instanceof Writable, d instanceof Stream);
  log('Readable not Writable', new Readable() instanceof Writable, 'Writable not Readable', new Writable() instanceof Readable);
  class MyW extends Writable {}
  log('subclass', new MyW() instanceof MyW, d instanceof MyW, new MyW() instanceof Writable);
  log('call without new', Duplex() instanceof Duplex, Writable() instanceof Writable, Readable() instanceof Readable);
  d._readableState.destroyed = true;
  log('destroyed with one side', d.destroyed);
  d.destroyed = true;
  log('destroyed set', d.destroyed, d._writableState.destroyed);
  const objs = new Duplex({ readableObjectMode: true, writableHighWaterMark: 3, readableHighWaterMark: 7 });
  log('modes', objs.readableObjectMode, objs.writableObjectMode, objs.readableHighWaterMark, objs.writableHighWaterMark);
  const both = new Duplex({ objectMode: true, highWaterMark: 5, readableHighWaterMark: 9 });
  log('hwm precedence', both.readableHighWaterMark, both.writableHighWaterMark);
  try {
    new Duplex({ readableHighWaterMark: -5 });
  } catch (err) {
    log(fmt(err));
  }
}, 120);
