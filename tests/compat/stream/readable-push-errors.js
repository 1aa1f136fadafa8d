'use strict';
// Errors reported by push(): after EOF, invalid chunk types (object and byte mode),
// and what happens with autoDestroy disabled.
const { Readable } = require('stream');
const { log, track, fmt, delay } = require('./_helpers');

{
  const r = new Readable({ read() {} });
  track('eof', r, ['error', 'close', 'end']);
  r.push(null);
  log('push after eof ->', r.push('x'));
  log('destroyed', r.destroyed, 'errored', fmt(r.errored));
}

delay(() => {
  const r = new Readable({ read() {} });
  track('type', r, ['error', 'close']);
  log('push(1) ->', r.push(1));
  log('push({}) ->', r.push({}));
}, 10);

delay(() => {
  const r = new Readable({ autoDestroy: false, read() {} });
  track('noauto', r, ['error', 'close']);
  r.push(null);
  r.push('again');
  log('noauto destroyed', r.destroyed, 'errored', fmt(r.errored));
  r.push('and again');
}, 20);

delay(() => {
  const r = new Readable({ read() {} });
  track('undef', r, ['error', 'close', 'end', 'data']);
  log('push(undefined) ->', r.push(undefined), r.readableLength);
  r.destroy();
  log('push after destroy ->', r.push('x'), r.readableLength);
}, 30);

delay(() => {
  const r = new Readable({ read() { throw new Error('read threw'); } });
  track('throws', r, ['error', 'close']);
  log('read() ->', r.read());
}, 40);

delay(() => {
  const r = new Readable();
  track('noimpl', r, ['error', 'close']);
  r.read();
}, 50);
