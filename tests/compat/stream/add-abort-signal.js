'use strict';
// stream.addAbortSignal() and the signal option of the constructors: the stream is
// destroyed with an AbortError carrying the reason; already aborted signals destroy
// at once; invalid arguments.
const { addAbortSignal, Readable, Writable, Duplex, PassThrough } = require('stream');
const { log, fmt, track, delay } = require('./_helpers');

{
  const ac = new AbortController();
  const r = new Readable({ read() {} });
  track('r', r, ['error', 'close']);
  log('returns stream', addAbortSignal(ac.signal, r) === r);
  ac.abort('reason text');
  log('destroyed', r.destroyed);
  r.on('error', (err) => log('cause', fmt(err.cause), 'name', err.name, 'code', err.code));
}

delay(() => {
  const w = new Writable({ write(c, e, cb) { cb(); }, signal: AbortSignal.abort() });
  track('w', w, ['error', 'close']);
  log('pre-aborted destroyed', w.destroyed);
}, 10);

delay(() => {
  const ac = new AbortController();
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); }, signal: ac.signal });
  track('d', d, ['error', 'close']);
  ac.abort(new Error('custom reason'));
}, 20);

delay(() => {
  const ac = new AbortController();
  const p = new PassThrough({ signal: ac.signal });
  p.resume();
  p.end('x');
  p.on('close', () => {
    log('closed normally, aborting afterwards');
    ac.abort();
    log('still not errored', p.errored);
  });
}, 30);

delay(() => {
  for (const args of [[{}, new PassThrough()], [new AbortController().signal, {}], ['x', new PassThrough()]]) {
    try {
      addAbortSignal(...args);
      log('accepted');
    } catch (err) {
      log('invalid', fmt(err));
    }
  }
  try {
    new Readable({ signal: 'nope' });
  } catch (err) {
    log('invalid option', fmt(err));
  }
}, 40);
