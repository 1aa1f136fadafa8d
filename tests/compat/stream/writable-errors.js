'use strict';
// Errors of write() and end(): write after end, null chunks, invalid chunks, unknown
// encodings, end() twice, end after destroy, and end(cb) on a finished stream.
const { Writable } = require('stream');
const { log, track, fmt, WRITABLE_EVENTS, delay } = require('./_helpers');

function make(name, opts = {}) {
  const w = new Writable({ write(c, e, cb) { cb(); }, ...opts });
  track(name, w, WRITABLE_EVENTS);
  return w;
}

{
  const w = make('wae');
  w.end('x');
  log('write after end ->', w.write('y', (err) => log('write cb', fmt(err))));
  log('errored', fmt(w.errored), 'destroyed', w.destroyed);
}

delay(() => {
  const w = make('types');
  for (const v of [null, 1, {}, true]) {
    try {
      w.write(v);
    } catch (err) {
      log('write', String(v), fmt(err));
    }
  }
  try {
    w.write('x', 'nope');
  } catch (err) {
    log('bad encoding', fmt(err));
  }
  try {
    w.setDefaultEncoding('bad');
  } catch (err) {
    log('setDefaultEncoding', fmt(err));
  }
  try {
    w.end(null);
    log('end(null) is fine; ended', w.writableEnded);
  } catch (err) {
    log('end(null)', fmt(err));
  }
}, 20);

delay(() => {
  const w = make('twice');
  w.end();
  w.end((err) => log('second end cb', fmt(err)));
  delay(() => {
    w.end((err) => log('end after finish cb', fmt(err)));
    w.end('data', (err) => log('end with data after finish cb', fmt(err)));
  }, 5);
}, 40);

delay(() => {
  const w = make('destroyed');
  w.destroy();
  w.end((err) => log('end after destroy cb', fmt(err)));
  log('write after destroy ->', w.write('x', (err) => log('write cb', fmt(err))));
}, 70);

delay(() => {
  const w = make('noauto', { autoDestroy: false });
  w.end();
  w.write('x', (err) => log('noauto write cb', fmt(err)));
  delay(() => log('noauto destroyed', w.destroyed, fmt(w.errored)), 5);
}, 90);

delay(() => {
  const w = make('objnull', { objectMode: true });
  try { w.write(null); } catch (err) { log('objectMode null', fmt(err)); }
  log('objectMode undefined ->', w.write(undefined));
  w.end();
}, 110);

delay(() => {
  const w = new Writable();
  track('noimpl', w, WRITABLE_EVENTS);
  try {
    w.write('x', (err) => log('noimpl cb', fmt(err)));
  } catch (err) {
    log('noimpl threw', fmt(err), 'writing', w._writableState.writing);
  }
}, 130);

delay(() => {
  try {
    new Writable({ defaultEncoding: 'zzz' });
  } catch (err) {
    log('bad defaultEncoding', fmt(err));
  }
  const w = new Writable({ defaultEncoding: 'UTF-8', decodeStrings: false, write(c, e, cb) { log('enc', e); cb(); } });
  w.write('a');
  const x = new Writable({ defaultEncoding: 'utf-8', decodeStrings: false, write(c, e, cb) { log('enc', e); cb(); } });
  x.write('b');
}, 150);
