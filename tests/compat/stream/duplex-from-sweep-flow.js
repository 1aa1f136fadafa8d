'use strict';
// Duplex.from() behaviour for each kind of body (async generator and async functions,
// promises, Blobs, strings, arrays, node streams, pairs, web streams): the sides it has,
// data flow, error propagation both ways and event order against nextTick/microtasks.
const { Readable, Writable, Duplex, PassThrough, pipeline } = require('stream');
const { inspect } = require('util');
const { events: watch, fmt, log, mark, run, test, tick } = require('./_sweep_harness');
const events = (s, tag, evs = ['close', 'end', 'finish', 'error', 'prefinish']) => watch(s, tag, evs);
// Byte-mode high water marks are left out: their default is 64 KiB from node 22 on.
function hwm(objectMode, value) { return objectMode ? value : 'default'; }
function state(d) {
  return `r=${d.readable} w=${d.writable} rom=${d.readableObjectMode} wom=${d.writableObjectMode} ` +
    `rhwm=${hwm(d.readableObjectMode, d.readableHighWaterMark)} ` +
    `whwm=${hwm(d.writableObjectMode, d.writableHighWaterMark)} ctor=${d.constructor.name}`;
}
function data(d, tag = 'd') { d.on('data', (x) => log(tag + ' data ' + inspect(x))); }

test('async gen transform', async () => {
  const d = Duplex.from(async function* (source, opts) {
    log('gen start ' + Object.keys(opts) + ' ' + (opts.signal instanceof AbortSignal));
    for await (const c of source) { log('gen got ' + inspect(c)); yield String(c).toUpperCase(); }
    log('gen done');
  });
  log(state(d)); events(d, 'd'); data(d);
  d.write('a', () => log('wcb a')); d.write(Buffer.from('b'), () => log('wcb b')); d.end(() => log('end cb')); mark();
  await tick(6);
});
test('async gen throws', async () => {
  const d = Duplex.from(async function* (source) { for await (const c of source) { throw new Error('genfail'); } });
  events(d, 'd'); data(d);
  d.write('a', (e) => log('wcb ' + fmt(e))); mark(); await tick(6);
});
test('async gen destroy', async () => {
  let sig;
  const d = Duplex.from(async function* (source, { signal }) { sig = signal; signal.addEventListener('abort', () => log('aborted ' + fmt(signal.reason))); for await (const c of source) yield c; log('after loop'); });
  events(d, 'd'); data(d);
  d.write('a'); await tick(); d.destroy(new Error('ddd')); mark(); await tick(6); log('sig ' + sig.aborted);
});
test('async gen destroy no err', async () => {
  const d = Duplex.from(async function* (source) { try { for await (const c of source) yield c; } finally { log('finally'); } });
  events(d, 'd'); data(d);
  d.write('a'); await tick(); d.destroy(); await tick(6);
});
test('sync gen fn', async () => {
  const d = Duplex.from(function* (source) { log('src ' + typeof source[Symbol.asyncIterator]); yield 1; yield 2; });
  log(state(d)); events(d, 'd'); data(d);
  d.write('x', (e) => log('wcb ' + fmt(e))); d.end(); await tick(6);
});
test('async fn writable', async () => {
  const d = Duplex.from(async function (source) { for await (const c of source) log('fn got ' + inspect(c)); log('fn done'); });
  log(state(d)); events(d, 'd');
  d.write('a'); d.write({ o: 1 }); d.end(() => log('end cb')); mark(); await tick(6);
});
test('async fn returns value', async () => {
  const d = Duplex.from(async function (source) { for await (const c of source); return 42; });
  events(d, 'd');
  d.write('a'); d.end(); await tick(6);
});
test('async fn rejects', async () => {
  const d = Duplex.from(async function (source) { throw new Error('fnrej'); });
  events(d, 'd'); d.write('a', (e) => log('wcb ' + fmt(e))); await tick(6);
});
test('async fn rejects after end', async () => {
  const d = Duplex.from(async function (source) { for await (const c of source); throw new Error('late'); });
  events(d, 'd'); d.end('x', (e) => log('endcb ' + fmt(e))); await tick(6);
});
test('fn returns stream', async () => {
  const pt = new PassThrough();
  const d = Duplex.from(() => pt);
  log('same ' + (d === pt));
  const r = new Readable({ read() {} });
  try { const d2 = Duplex.from(() => r); log('readable ' + state(d2)); } catch (e) { log('THROW ' + fmt(e)); }
});
test('fn returns iterable array', async () => {
  const d = Duplex.from(() => [1, 2]);
  log(state(d)); data(d); events(d, 'd'); d.end(); await tick(6);
});
test('promise resolves value', async () => {
  const d = Duplex.from(Promise.resolve('val'));
  log(state(d)); events(d, 'd'); data(d); mark(); await tick();
});
test('promise resolves null', async () => {
  const d = Duplex.from(Promise.resolve(null));
  events(d, 'd'); data(d); await tick();
});
test('promise rejects', async () => {
  const d = Duplex.from(Promise.reject(new Error('prej')));
  events(d, 'd'); data(d); mark(); await tick();
});
test('blob', async () => {
  const d = Duplex.from(new Blob(['hello', ' world']));
  log(state(d)); events(d, 'd'); data(d); await tick();
});
test('empty blob', async () => {
  const d = Duplex.from(new Blob([]));
  events(d, 'd'); data(d); await tick();
});
test('string', async () => {
  const d = Duplex.from('abc');
  log(state(d)); events(d, 'd'); data(d); await tick();
});
test('array', async () => {
  const d = Duplex.from([1, 'x', { a: 1 }]);
  log(state(d)); events(d, 'd'); data(d); log('write ' + d.write('x')); await tick();
});
test('readable node', async () => {
  const r = new Readable({ read() {} });
  const d = Duplex.from(r);
  log(state(d)); events(d, 'd'); data(d);
  r.push('a'); r.push('b'); r.push(null); await tick();
  log('r.destroyed ' + r.destroyed);
});
test('readable node error', async () => {
  const r = new Readable({ read() {} });
  const d = Duplex.from(r); events(d, 'd'); events(r, 'r', ['close', 'error']); data(d);
  r.push('a'); await tick(); r.destroy(new Error('rerr')); mark(); await tick();
});
test('readable node destroyed via duplex', async () => {
  const r = new Readable({ read() {} });
  const d = Duplex.from(r); events(d, 'd'); events(r, 'r', ['close', 'error']);
  d.destroy(new Error('derr')); mark(); await tick();
  const r2 = new Readable({ read() {} });
  const d2 = Duplex.from(r2); events(d2, 'd2'); events(r2, 'r2', ['close', 'error']);
  d2.destroy(); await tick();
});
test('readable objectMode', async () => {
  const r = Readable.from([1, 2, 3]);
  const d = Duplex.from(r); log(state(d)); data(d); events(d, 'd'); await tick();
});
test('writable node', async () => {
  const got = [];
  const w = new Writable({ highWaterMark: 3, write(c, e, cb) { got.push(c.toString()); setImmediate(cb); } });
  const d = Duplex.from(w);
  log(state(d)); events(d, 'd'); events(w, 'w', ['finish', 'close']);
  log('w1 ' + d.write('abcd')); log('w2 ' + d.write('e')); d.on('drain', () => log('d drain'));
  d.end(() => log('end cb')); await tick(6); log(inspect(got));
});
test('writable node error', async () => {
  const w = new Writable({ write(c, e, cb) { cb(new Error('wfail')); } });
  const d = Duplex.from(w); events(d, 'd'); events(w, 'w', ['close', 'error']);
  d.write('a', (e) => log('wcb ' + fmt(e))); await tick();
});
test('pair readable+writable node', async () => {
  const r = new Readable({ read() {} });
  const got = [];
  const w = new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } });
  const d = Duplex.from({ readable: r, writable: w });
  log(state(d)); events(d, 'd'); data(d);
  d.write({ x: 1 }); r.push('hi'); r.push(null); d.end(); await tick(6); log(inspect(got));
});
test('pair with web', async () => {
  const readable = new ReadableStream({ start(c) { c.enqueue('w1'); c.close(); } });
  const got = [];
  const writable = new WritableStream({ write(c) { got.push(c); } });
  const d = Duplex.from({ readable, writable });
  log(state(d)); events(d, 'd'); data(d); d.end('x'); await tick(6); log(inspect(got));
});
test('pair only readable web', async () => {
  const readable = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); c.close(); } });
  const d = Duplex.from({ readable });
  log(state(d)); events(d, 'd'); data(d); await tick();
});
test('pair only writable web', async () => {
  const got = [];
  const d = Duplex.from({ writable: new WritableStream({ write(c) { got.push(c); } }) });
  log(state(d)); events(d, 'd'); d.end('z'); await tick(); log(inspect(got));
});
test('pair readable iterable', async () => {
  const d = Duplex.from({ readable: [1, 2] });
  log(state(d)); events(d, 'd'); data(d); await tick();
});
test('pair writable async fn', async () => {
  const d = Duplex.from({ writable: async (src) => { for await (const c of src) log('got ' + c); } });
  log(state(d)); events(d, 'd'); d.end('q'); await tick(6);
});
test('web readable', async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.close(); } });
  const d = Duplex.from(rs); log(state(d)); events(d, 'd'); data(d); await tick();
});
test('web readable error', async () => {
  const rs = new ReadableStream({ start(c) { c.error(new Error('rse')); } });
  const d = Duplex.from(rs); events(d, 'd'); data(d); await tick();
});
test('web writable', async () => {
  const ws = new WritableStream({ write(c) { log('ws got ' + inspect(c)); }, close() { log('ws close'); } });
  const d = Duplex.from(ws); log(state(d)); events(d, 'd'); d.write('s'); d.end(); await tick();
});
test('web writable abort on destroy', async () => {
  const ws = new WritableStream({ abort(r) { log('ws abort ' + fmt(r)); } });
  const d = Duplex.from(ws); events(d, 'd'); d.destroy(new Error('x')); await tick();
});
test('transform stream', async () => {
  const d = Duplex.from(new TransformStream({ transform(c, ctl) { ctl.enqueue(c + '!'); } }));
  log(state(d)); events(d, 'd'); data(d); d.end('t'); await tick(6);
});
test('pipeline with duplex from gen', async () => {
  await new Promise((res) => pipeline(Readable.from(['a', 'b']), Duplex.from(async function* (s) { for await (const c of s) yield c + c; }), new Writable({ objectMode: true, write(c, e, cb) { log('sink ' + c); cb(); } }), (err) => { log('pipeline ' + fmt(err)); res(); }));
});
test('legacy stream', async () => {
  const S = require('stream').Stream;
  const s = new S(); s.readable = true;
  const d = Duplex.from(s); log(state(d)); events(d, 'd'); data(d);
  s.emit('data', 'leg'); s.emit('end'); await tick();
});

run();
