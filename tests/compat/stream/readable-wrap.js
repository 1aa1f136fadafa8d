'use strict';
// readable.wrap(oldStream) and Readable.wrap(): data from an old-style stream, its
// pause/resume driven by backpressure, 'end', errors, and destroy propagation.
const { Readable } = require('stream');
const EE = require('events');
const { log, fmt, track, delay } = require('./_helpers');

function oldStream() {
  const s = new EE();
  s.pause = () => log('old pause');
  s.resume = () => log('old resume');
  s.custom = function() { return 'custom called'; };
  return s;
}

{
  const old = oldStream();
  const r = new Readable({ highWaterMark: 3 }).wrap(old);
  track('wrapped', r, ['end', 'close', 'error']);
  old.emit('data', Buffer.from('ab'));
  old.emit('data', Buffer.from('cd'));
  log('length', r.readableLength);
  log('read', fmt(r.read()));
  log('proxied method', typeof r.custom, r.custom && r.custom());
  delay(() => {
    old.emit('data', Buffer.from('ef'));
    old.emit('end');
    r.resume();
  }, 5);
}

delay(() => {
  const old = oldStream();
  const r = new Readable({ objectMode: true }).wrap(old);
  track('errwrap', r, ['error', 'close']);
  old.emit('error', new Error('old failed'));
}, 30);

delay(() => {
  const old = oldStream();
  old.destroy = (err) => log('old destroy called', fmt(err));
  const r = Readable.wrap(old);
  log('static wrap objectMode', r.readableObjectMode);
  track('static', r, ['error', 'close']);
  old.emit('data', { any: 'value' });
  log('read', fmt(r.read()));
  r.destroy();
}, 50);

delay(() => {
  const old = oldStream();
  const r = new Readable().wrap(old);
  track('closewrap', r, ['error', 'close', 'end']);
  old.emit('close');
}, 70);
