'use strict';
// Edge cases of the node <-> web stream adapters and Duplex.fromWeb/toWeb: custom
// strategies, encodings, odd chunk types, iterator breaks, signals, aborts and pending writes.
const { Readable, Writable, Duplex, PassThrough, Transform } = require('stream');
const { inspect } = require('util');
const { events: watch, fmt, log, mark, p, run, test, tick } = require('../stream/_sweep_harness');
const events = (s, tag, evs = ['close', 'end', 'finish', 'error']) => watch(s, tag, evs);

test('toWeb strategy size fn', async () => {
  const r = new Readable({ objectMode: true, read() {} });
  const rs = Readable.toWeb(r, { strategy: { highWaterMark: 10, size(c) { log('size ' + inspect(c)); return c.length; } } });
  r.push('abc'); r.push('defgh'); r.push('ij'); r.push('k');
  await tick(); log('flowing ' + r.readableFlowing + ' len ' + r.readableLength);
  const rd = rs.getReader(); log(inspect(await rd.read())); await tick(); log('flowing ' + r.readableFlowing);
});
test('toWeb strategy size throws', async () => {
  const r = new Readable({ objectMode: true, read() {} });
  events(r, 'r');
  const rs = Readable.toWeb(r, { strategy: { highWaterMark: 10, size() { throw new Error('sizefail'); } } });
  const rd = rs.getReader(); p('read', rd.read()); p('closed', rd.closed);
  r.push('x'); await tick();
});
test('toWeb setEncoding readable', async () => {
  const r = new PassThrough(); r.setEncoding('hex');
  const rs = Readable.toWeb(r); r.end('ab');
  const out = []; for await (const c of rs) out.push(c); log(inspect(out));
});
test('toWeb after partial read', async () => {
  const r = new PassThrough(); r.write('abc'); r.write('def');
  await tick(); log('read ' + inspect(r.read(2)));
  const rs = Readable.toWeb(r); r.end();
  const out = []; for await (const c of rs) out.push(Buffer.from(c).toString()); log(inspect(out));
});
test('toWeb with data listener already', async () => {
  const r = new PassThrough(); r.on('data', (c) => log('own data ' + c));
  const rs = Readable.toWeb(r); r.write('x'); r.end();
  const out = []; for await (const c of rs) out.push(Buffer.from(c).toString()); log(inspect(out));
});
test('toWeb error after data queued', async () => {
  const r = new Readable({ read() {} });
  const rs = Readable.toWeb(r);
  r.push('a'); await tick(); r.destroy(new Error('after'));
  const rd = rs.getReader(); p('r1', rd.read()); p('r2', rd.read()); await tick();
});
test('toWeb readable Transform', async () => {
  const t = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
  const rs = Readable.toWeb(t); t.end('hey');
  const out = []; for await (const c of rs) out.push(Buffer.from(c).toString()); log(inspect(out));
});
test('toWeb readable iterator break destroys', async () => {
  const r = Readable.from(['a', 'b', 'c']); events(r, 'r');
  const rs = Readable.toWeb(r);
  for await (const c of rs) { log('got ' + c); break; }
  await tick(); log('destroyed ' + r.destroyed);
});
test('toWeb readable with empty string/buffer chunks', async () => {
  const r = new Readable({ objectMode: false, read() {} });
  const rs = Readable.toWeb(r); r.push(''); r.push(Buffer.alloc(0)); r.push('a'); r.push(null);
  const out = []; for await (const c of rs) out.push(inspect(c)); log(out.join(','));
});
test('toWeb writable write after close', async () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const ws = Writable.toWeb(w); const wr = ws.getWriter();
  p('close', wr.close()); p('w', wr.write('x').catch((e) => { throw e; })); await tick();
});
test('toWeb writable non-buffer chunk', async () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  events(w, 'w');
  const ws = Writable.toWeb(w); const wr = ws.getWriter();
  p('w', wr.write(123)); p('closed', wr.closed); await tick();
});
test('toWeb writable write throws sync', async () => {
  const w = new Writable({ write(c, e, cb) { throw new Error('syncthrow'); } });
  events(w, 'w');
  const ws = Writable.toWeb(w); const wr = ws.getWriter();
  p('w', wr.write('a')); p('closed', wr.closed); await tick();
});
test('toWeb writable final error', async () => {
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error('finalfail')); } });
  events(w, 'w');
  const ws = Writable.toWeb(w); const wr = ws.getWriter();
  p('c', wr.close()); p('closed', wr.closed); await tick();
});
test('toWeb writable objectMode nulls', async () => {
  const got = [];
  const w = new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } });
  events(w, 'w');
  const ws = Writable.toWeb(w); const wr = ws.getWriter();
  p('w', wr.write(null)); p('w2', wr.write(undefined)); await tick(); log(inspect(got));
});
test('fromWeb readable byte stream', async () => {
  const rs = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2, 3])); c.close(); } });
  const r = Readable.fromWeb(rs); events(r, 'r'); r.on('data', (d) => log('data ' + inspect(d))); await tick();
});
test('fromWeb readable ArrayBuffer/DataView chunk', async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue(new ArrayBuffer(2)); c.enqueue(new DataView(new ArrayBuffer(1))); c.enqueue(new Uint16Array([1])); c.close(); } });
  const r = Readable.fromWeb(rs); events(r, 'r'); r.on('data', (d) => log('data ' + inspect(d))); await tick();
});
test('fromWeb readable null chunk objectMode', async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(undefined); c.enqueue(2); c.close(); } });
  const r = Readable.fromWeb(rs, { objectMode: true }); events(r, 'r'); r.on('data', (d) => log('data ' + inspect(d))); await tick();
});
test('fromWeb readable cancel via iterator', async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); }, cancel(r) { log('cancel ' + fmt(r)); } });
  const r = Readable.fromWeb(rs, { objectMode: true }); events(r, 'r');
  for await (const c of r) { log('got ' + c); break; }
  await tick();
});
test('fromWeb readable pause/resume pulls', async () => {
  let n = 0;
  const rs = new ReadableStream({ pull(c) { n++; c.enqueue('x' + n); if (n === 5) c.close(); } }, { highWaterMark: 0 });
  const r = Readable.fromWeb(rs, { objectMode: true, highWaterMark: 1 });
  await tick(); log('pulls ' + n);
  const out = []; for await (const c of r) out.push(c); log(inspect(out) + ' pulls ' + n);
});
test('fromWeb readable read() ordering', async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.close(); } });
  const r = Readable.fromWeb(rs, { objectMode: true });
  r.on('readable', () => { log('readable'); let x; while ((x = r.read()) !== null) log('read ' + x); });
  r.on('end', () => log('end')); r.on('close', () => log('close')); mark(); await tick();
});
test('fromWeb writable write after end', async () => {
  const ws = new WritableStream();
  const w = Writable.fromWeb(ws); events(w, 'w');
  w.end(); w.write('x', (e) => log('wcb ' + fmt(e))); await tick();
});
test('fromWeb writable ws closed externally', async () => {
  const ws = new WritableStream();
  const w = Writable.fromWeb(ws); events(w, 'w');
  // can't close ws since locked; use controller error
  await tick(); w.end(); await tick();
});
test('fromWeb writable signal', async () => {
  const ac = new AbortController();
  const ws = new WritableStream({ abort(r) { log('abort ' + fmt(r)); } });
  const w = Writable.fromWeb(ws, { signal: ac.signal }); events(w, 'w');
  ac.abort(new Error('sig')); await tick();
});
test('fromWeb writable abort rejects', async () => {
  const ws = new WritableStream({ abort() { throw new Error('abortfail'); } });
  const w = Writable.fromWeb(ws); events(w, 'w');
  w.destroy(new Error('d')); await tick();
});
test('fromWeb writable destroy while write pending', async () => {
  let res;
  const ws = new WritableStream({ write() { return new Promise((r) => { res = r; }); }, abort(r) { log('abort ' + fmt(r)); } });
  const w = Writable.fromWeb(ws); events(w, 'w');
  w.write('a', (e) => log('wcb ' + fmt(e))); await tick(); w.destroy(new Error('mid')); await tick(); res(); await tick();
});
test('fromWeb writable end with pending write', async () => {
  let res;
  const ws = new WritableStream({ write(c) { log('write ' + c); return new Promise((r) => { res = r; }); }, close() { log('close'); } });
  const w = Writable.fromWeb(ws, { objectMode: true }); events(w, 'w');
  w.write('a'); w.end('b', () => log('endcb')); await tick(); res(); await tick(); res(); await tick();
});
test('duplex fromWeb encoding/decodeStrings', async () => {
  const got = [];
  const ts = new TransformStream({ transform(c, ctl) { got.push(inspect(c)); ctl.enqueue(new TextEncoder().encode('ok')); } });
  const d = Duplex.fromWeb(ts, { encoding: 'base64', decodeStrings: false });
  d.on('data', (x) => log('data ' + inspect(x))); events(d, 'd');
  d.end('str'); await tick(6); log(got.join(','));
});
test('duplex fromWeb signal', async () => {
  const ac = new AbortController();
  const d = Duplex.fromWeb(new TransformStream(), { signal: ac.signal }); events(d, 'd');
  ac.abort(); await tick();
});
test('duplex fromWeb cork writev', async () => {
  const got = [];
  const d = Duplex.fromWeb({ readable: new ReadableStream(), writable: new WritableStream({ write(c) { got.push(inspect(c)); } }) });
  d.cork(); d.write('a'); d.write('b'); d.uncork(); await tick(); log(got.join(','));
  d.destroy(); await tick();
});
test('duplex toWeb objectMode', async () => {
  const pt = new PassThrough({ objectMode: true });
  const { readable, writable } = Duplex.toWeb(pt);
  const wr = writable.getWriter(); log('desired ' + wr.desiredSize);
  wr.write({ a: 1 }); wr.write('s'); wr.close();
  const out = []; for await (const c of readable) out.push(c); log(inspect(out));
});
test('duplex toWeb writable-only', async () => {
  const d = Duplex.from(new Writable({ write(c, e, cb) { log('w ' + c); cb(); } }));
  const { readable, writable } = Duplex.toWeb(d);
  p('rclosed', readable.getReader().closed);
  const wr = writable.getWriter(); p('w', wr.write(new Uint8Array([65]))); p('c', wr.close()); await tick();
});
test('Duplex.from a Duplex with readable error', async () => {
  const pair = { readable: new Readable({ read() {} }), writable: new Writable({ write(c, e, cb) { cb(); } }) };
  const d = Duplex.from(pair); events(d, 'd'); events(pair.writable, 'w', ['close', 'error']);
  pair.readable.destroy(new Error('re')); await tick(); log('w destroyed ' + pair.writable.destroyed);
});
test('Duplex.from pair writable error', async () => {
  const pair = { readable: new Readable({ read() {} }), writable: new Writable({ write(c, e, cb) { cb(); } }) };
  const d = Duplex.from(pair); events(d, 'd'); events(pair.readable, 'r', ['close', 'error']);
  pair.writable.destroy(new Error('we')); await tick(); log('r destroyed ' + pair.readable.destroyed);
});
test('Duplex.from pair destroy no err', async () => {
  const pair = { readable: new Readable({ read() {} }), writable: new Writable({ write(c, e, cb) { cb(); } }) };
  const d = Duplex.from(pair); events(d, 'd'); events(pair.readable, 'r', ['close', 'error']); events(pair.writable, 'w', ['close', 'error']);
  d.destroy(); mark(); await tick();
});
test('Duplex.from pair both end', async () => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const d = Duplex.from({ readable: r, writable: w }); events(d, 'd'); d.resume();
  r.push(null); await tick(); d.end(); mark(); await tick();
});
test('Duplex.from readable backpressure', async () => {
  let reads = 0;
  const r = new Readable({ highWaterMark: 2, objectMode: true, read() { reads++; this.push(reads); } });
  const d = Duplex.from(r); await tick(); log('reads ' + reads + ' dlen ' + d.readableLength + ' rlen ' + r.readableLength);
  d.read(); await tick(); log('reads ' + reads + ' dlen ' + d.readableLength);
  d.destroy(); await tick();
});
test('Duplex.from writable objectMode mismatch', async () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const d = Duplex.from(w); d.on('error', (e) => log('err ' + fmt(e)));
  try { d.write({ a: 1 }); } catch (e) { log('THROW ' + fmt(e)); }
  await tick();
});
test('Duplex.from async gen with objects and backpressure', async () => {
  const d = Duplex.from(async function* (src) { for await (const c of src) { yield c; yield c; } });
  const res = []; for (let i = 0; i < 3; i++) res.push(d.write(i)); log('writes ' + res);
  d.end(); const out = []; for await (const c of d) out.push(c); log(inspect(out));
});
test('Duplex.from async gen returns early', async () => {
  const d = Duplex.from(async function* (src) { yield 'only'; });
  events(d, 'd'); d.on('data', (x) => log('data ' + x));
  d.write('a', (e) => log('wcb ' + fmt(e))); d.end(); await tick(6);
});
test('Duplex.from async gen signal on error', async () => {
  let sig;
  const d = Duplex.from(async function* (src, { signal }) { sig = signal; for await (const c of src) yield c; });
  d.on('error', (e) => log('err ' + fmt(e))); d.on('close', () => log('close'));
  d.resume(); d.write('a'); await tick(); d.destroy(new Error('boom')); await tick(); log('aborted ' + sig.aborted + ' ' + fmt(sig.reason));
  d.write('b', (e) => log('wcb ' + fmt(e))); await tick();
});

run();
