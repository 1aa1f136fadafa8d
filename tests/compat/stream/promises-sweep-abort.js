'use strict';
// stream/promises pipeline() and finished() with signals: an abort of any reason rejects
// with an AbortError whose cause is that reason and destroys the streams (pipeline) or
// leaves them alone (finished); the abort listeners are removed once settled; end: false
// and cleanup: true; bad options reject or throw like node.
const sp = require('stream/promises');
const { Readable, Writable, PassThrough } = require('stream');
const { getEventListeners } = require('events');

function fmt(err) {
  if (!(err instanceof Error)) return `non-error ${String(err)}`;
  let cause = '';
  if (err.cause !== undefined) {
    cause = err.cause instanceof Error || err.cause instanceof DOMException ?
      ` cause=${err.cause.name}: ${err.cause.message}` : ` cause=${JSON.stringify(err.cause)}`;
  }
  return `${err.name} ${err.code} ${err.message}${cause}`;
}
const sink = () => new Writable({ write(chunk, enc, cb) { cb(); } });

async function attempt(label, fn) {
  let p;
  try {
    p = fn();
  } catch (err) {
    console.log(label, 'throws', err.name, err.code);
    return;
  }
  try {
    console.log(label, 'resolves', JSON.stringify(await p));
  } catch (err) {
    console.log(label, 'rejects', fmt(err));
  }
}

async function main() {
  for (const reason of [undefined, 'str', 0, null, new RangeError('rr'), { custom: 1 }]) {
    const ac = new AbortController();
    const r = new Readable({ read() {} });
    const w = sink();
    const seen = [];
    r.on('error', (e) => seen.push(`r:${e.name}`));
    w.on('error', (e) => seen.push(`w:${e.name}`));
    const p = sp.pipeline(r, w, { signal: ac.signal });
    ac.abort(reason);
    try {
      await p;
    } catch (err) {
      console.log('pipeline abort', fmt(err), err.cause === ac.signal.reason, seen.join(','),
                  r.destroyed, w.destroyed);
    }
    const r2 = new Readable({ read() {} });
    const ac2 = new AbortController();
    const p2 = sp.finished(r2, { signal: ac2.signal });
    ac2.abort(reason);
    try {
      await p2;
    } catch (err) {
      console.log('finished abort', fmt(err), err.cause === ac2.signal.reason, r2.destroyed);
    }
  }

  // Listeners on the signal do not outlive the operation.
  const ac = new AbortController();
  await sp.pipeline(Readable.from(['a']), sink(), { signal: ac.signal });
  console.log('listeners after pipeline', getEventListeners(ac.signal, 'abort').length);
  await sp.pipeline(new Readable({ read() { this.destroy(new Error('x')); } }), sink(),
                    { signal: ac.signal }).catch((err) => console.log('pipeline error', fmt(err)));
  console.log('listeners after failed pipeline', getEventListeners(ac.signal, 'abort').length);
  await sp.pipeline(Readable.from(['a']), async function* (src) { yield* src; }, sink(),
                    { signal: ac.signal });
  console.log('listeners after generator pipeline', getEventListeners(ac.signal, 'abort').length);
  const fr = Readable.from(['a']);
  const fp = sp.finished(fr, { signal: ac.signal });
  fr.resume();
  await fp;
  console.log('listeners after finished', getEventListeners(ac.signal, 'abort').length);

  // Aborting from inside a write, and from a generator source that watches its signal.
  const inner = new AbortController();
  await attempt('abort inside write', () => sp.pipeline(Readable.from(['a', 'b']),
    new Writable({ write(chunk, enc, cb) { inner.abort(new Error('inside')); cb(); } }),
    { signal: inner.signal }));
  const genCtl = new AbortController();
  let genSignal;
  const genP = sp.pipeline(async function* ({ signal }) {
    genSignal = signal;
    yield 'a';
    await new Promise((resolve) => setTimeout(resolve, 50));
    yield 'b';
  }, sink(), { signal: genCtl.signal });
  setImmediate(() => genCtl.abort('stop'));
  await genP.catch((err) => console.log('generator source', fmt(err), genSignal.aborted,
                                        genSignal.reason.name));

  // end: false keeps the destination open across pipelines.
  const dest = new PassThrough();
  const chunks = [];
  dest.on('data', (chunk) => chunks.push(String(chunk)));
  await sp.pipeline(Readable.from(['a', 'b']), dest, { end: false });
  await sp.pipeline(Readable.from(['c']), dest, { end: false });
  console.log('end false', chunks.join(''), dest.writableEnded);
  await sp.pipeline(Readable.from(['d']), dest);
  console.log('then ended', chunks.join(''), dest.writableEnded);

  // cleanup: true removes finished()'s listeners, on success and on error.
  const cr = Readable.from(['a']);
  const cp = sp.finished(cr, { cleanup: true });
  cr.resume();
  await cp;
  console.log('cleanup ok', cr.listenerCount('end'), cr.listenerCount('error'),
              cr.listenerCount('close'));
  const er = new Readable({ read() {} });
  er.on('error', () => {});
  const ep = sp.finished(er, { cleanup: true });
  er.destroy(new Error('e1'));
  await ep.catch((err) => console.log('cleanup error', fmt(err), er.listenerCount('error'),
                                      er.listenerCount('close')));

  // Option values.
  const done = () => { const r = Readable.from(['a']); r.resume(); return r; };
  await attempt('pipeline signal 1', () => sp.pipeline(done(), sink(), { signal: 1 }));
  await attempt('pipeline signal {}', () => sp.pipeline(done(), sink(), { signal: {} }));
  await attempt('pipeline signal null', () => sp.pipeline(done(), sink(), { signal: null }));
  await attempt('pipeline end "x"', () => sp.pipeline(done(), sink(), { end: 'x' }));
  await attempt('pipeline inherited signal', () => sp.pipeline(Readable.from(['a']), sink(),
    Object.create({ signal: AbortSignal.abort() })));
  await attempt('pipeline aborted', () => sp.pipeline(done(), sink(),
    { signal: AbortSignal.abort('why') }));
  await attempt('finished signal "x"', () => sp.finished(done(), { signal: 'x' }));
  await attempt('finished cleanup "x"', () => sp.finished(done(), { cleanup: 'x' }));
  await attempt('finished cleanup 0', () => sp.finished(done(), { cleanup: 0 }));
  await attempt('finished options 5', () => sp.finished(done(), 5));
  await attempt('finished options null', () => sp.finished(done(), null));
  await attempt('finished {}', () => sp.finished({}));
  await attempt('finished aborted', () => sp.finished(done(), { signal: AbortSignal.abort(7) }));
}
main();
