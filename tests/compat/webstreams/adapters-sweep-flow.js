'use strict';
// Data flow, backpressure, object mode, error propagation in both directions and event
// order (against nextTick, microtasks and setImmediate) of the node <-> web stream adapters.
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const { inspect } = require('util');
const { events: watch, fmt, log, mark, p, run, test, tick } = require('../stream/_sweep_harness');
const events = (s, tag, evs = ['close', 'end', 'finish', 'error', 'drain', 'pause', 'resume', 'prefinish']) => watch(s, tag, evs);

test('toWeb readable basic', async () => {
  const r = new Readable({ read() {} });
  r.push('ab'); r.push(Buffer.from('cd')); r.push(null);
  const rs = Readable.toWeb(r);
  events(r, 'r');
  const rd = rs.getReader();
  for (;;) { const x = await rd.read(); log('read ' + inspect(x)); if (x.done) break; }
  p('closed', rd.closed);
  await tick();
});
test('toWeb readable objectMode', async () => {
  const r = Readable.from([1, 'a', { b: 2 }, null].slice(0, 3));
  const rs = Readable.toWeb(r);
  const out = []; for await (const c of rs) out.push(c); log(inspect(out));
});
test('toWeb readable error', async () => {
  const r = new Readable({ read() {} });
  const rs = Readable.toWeb(r);
  const rd = rs.getReader();
  p('read', rd.read()); p('closed', rd.closed);
  mark(); r.destroy(new Error('boom'));
  await tick();
});
test('toWeb readable destroyed no error', async () => {
  const r = new Readable({ read() {} });
  const rs = Readable.toWeb(r);
  const rd = rs.getReader();
  p('read', rd.read()); p('closed', rd.closed);
  r.destroy();
  await tick();
});
test('toWeb readable cancel', async () => {
  const r = new Readable({ read() {} });
  events(r, 'r');
  const rs = Readable.toWeb(r);
  p('cancel', rs.cancel(new Error('why'))); mark();
  await tick(); log('destroyed ' + r.destroyed);
});
test('toWeb readable cancel no reason', async () => {
  const r = new Readable({ read() {} });
  events(r, 'r');
  const rs = Readable.toWeb(r);
  p('cancel', rs.cancel());
  await tick(); log('destroyed ' + r.destroyed);
});
test('toWeb readable already ended', async () => {
  const r = new Readable({ read() {} }); r.push(null); r.resume(); await tick();
  const rs = Readable.toWeb(r); const rd = rs.getReader();
  p('read', rd.read()); p('closed', rd.closed); await tick();
});
test('toWeb readable destroyed', async () => {
  const r = new Readable({ read() {} }); r.destroy();
  const rs = Readable.toWeb(r); const rd = rs.getReader();
  p('read', rd.read()); p('closed', rd.closed); await tick();
});
test('toWeb readable backpressure', async () => {
  let reads = 0;
  const r = new Readable({ highWaterMark: 4, read() { reads++; this.push('xx'); if (reads > 20) this.push(null); } });
  const rs = Readable.toWeb(r);
  await tick(); log('reads ' + reads + ' desired ' + r.readableLength + ' flowing ' + r.readableFlowing);
  const rd = rs.getReader(); await rd.read(); await tick(); log('reads ' + reads + ' flowing ' + r.readableFlowing);
});
test('toWeb readable strategy', async () => {
  let reads = 0;
  const r = new Readable({ objectMode: true, read() { reads++; this.push(reads); if (reads > 20) this.push(null); } });
  const rs = Readable.toWeb(r, { strategy: { highWaterMark: 2 } });
  await tick(); log('reads ' + reads);
  const rs2 = Readable.toWeb(new Readable({ read() {} }), { strategy: new CountQueuingStrategy({ highWaterMark: 0 }) });
  log(typeof rs2);
});
test('toWeb readable string encoding', async () => {
  const r = new Readable({ read() {}, encoding: 'utf8' });
  r.push('h\u00e9'); r.push(null);
  const out = []; for await (const c of Readable.toWeb(r)) out.push(c); log(inspect(out));
});
test('toWeb writable basic', async () => {
  const chunks = [];
  const w = new Writable({ write(c, e, cb) { chunks.push([c.toString(), e]); setImmediate(cb); } });
  events(w, 'w');
  const ws = Writable.toWeb(w); const wr = ws.getWriter();
  p('ready', wr.ready);
  p('w1', wr.write('a')); p('w2', wr.write(new Uint8Array([98])));
  p('close', wr.close()); p('closed', wr.closed);
  await tick(6); log(inspect(chunks));
});
test('toWeb writable objectMode', async () => {
  const chunks = [];
  const w = new Writable({ objectMode: true, highWaterMark: 2, write(c, e, cb) { chunks.push(c); cb(); } });
  const ws = Writable.toWeb(w); const wr = ws.getWriter();
  log('desired ' + wr.desiredSize);
  p('w1', wr.write({ a: 1 })); p('w2', wr.write(5)); log('desired ' + wr.desiredSize);
  await wr.close(); log(inspect(chunks));
});
test('toWeb writable backpressure', async () => {
  const cbs = [];
  const w = new Writable({ highWaterMark: 2, write(c, e, cb) { log('write ' + c); cbs.push(cb); } });
  const ws = Writable.toWeb(w); const wr = ws.getWriter();
  log('desired ' + wr.desiredSize);
  p('w1', wr.write(new Uint8Array([1, 2, 3])));
  p('w2', wr.write(new Uint8Array([4])));
  await tick(); log('desired ' + wr.desiredSize + ' needDrain ' + w.writableNeedDrain);
  cbs.shift()(); await tick(); cbs.shift()(); await tick();
  log('desired ' + wr.desiredSize);
});
test('toWeb writable error', async () => {
  const w = new Writable({ write(c, e, cb) { cb(new Error('wfail')); } });
  events(w, 'w');
  const ws = Writable.toWeb(w); const wr = ws.getWriter();
  p('w1', wr.write('a')); p('closed', wr.closed); p('ready', wr.ready);
  await tick();
});
test('toWeb writable destroy', async () => {
  const w = new Writable({ write(c, e, cb) { } });
  const ws = Writable.toWeb(w); const wr = ws.getWriter();
  p('w1', wr.write('a')); p('closed', wr.closed);
  w.destroy(); await tick();
});
test('toWeb writable destroy err pending', async () => {
  const w = new Writable({ highWaterMark: 1, write(c, e, cb) { } });
  const ws = Writable.toWeb(w); const wr = ws.getWriter();
  p('w1', wr.write('ab')); p('w2', wr.write('cd')); p('closed', wr.closed);
  await tick(); w.destroy(new Error('dd')); await tick();
});
test('toWeb writable abort', async () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  events(w, 'w');
  const ws = Writable.toWeb(w);
  p('abort', ws.abort(new Error('ab'))); mark(); await tick();
});
test('toWeb writable ended', async () => {
  const w = new Writable({ write(c, e, cb) { cb(); } }); w.end(); await tick();
  const ws = Writable.toWeb(w); const wr = ws.getWriter();
  p('w', wr.write('x')); p('closed', wr.closed); await tick();
});
test('toWeb writable end externally', async () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const ws = Writable.toWeb(w); const wr = ws.getWriter();
  p('closed', wr.closed); w.end(); await tick(); p('w', wr.write('x')); await tick();
});
test('fromWeb readable basic', async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([104, 105])); c.enqueue('str'); c.close(); } });
  const r = Readable.fromWeb(rs);
  events(r, 'r', ['close', 'end', 'error']);
  r.on('data', (d) => log('data ' + inspect(d)));
  await tick();
});
test('fromWeb readable encoding', async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([0xc3])); c.enqueue(new Uint8Array([0xa9])); c.close(); } });
  const r = Readable.fromWeb(rs, { encoding: 'utf8' });
  r.on('data', (d) => log('data ' + inspect(d))); await tick();
});
test('fromWeb readable objectMode', async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue({ a: 1 }); c.enqueue(2); c.close(); } });
  const r = Readable.fromWeb(rs, { objectMode: true });
  r.on('data', (d) => log('data ' + inspect(d))); r.on('end', () => log('end')); await tick();
});
test('fromWeb readable non-object non-objectMode', async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue({ a: 1 }); c.close(); } });
  const r = Readable.fromWeb(rs);
  r.on('data', (d) => log('data ' + inspect(d))); events(r, 'r', ['close', 'end', 'error']); await tick();
});
test('fromWeb readable errored', async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.error(new Error('rserr')); } });
  const r = Readable.fromWeb(rs);
  events(r, 'r', ['close', 'end', 'error']);
  r.on('data', (d) => log('data ' + inspect(d))); await tick();
});
test('fromWeb readable error later', async () => {
  let ctl;
  const rs = new ReadableStream({ start(c) { ctl = c; } });
  const r = Readable.fromWeb(rs);
  events(r, 'r', ['close', 'end', 'error']); r.resume();
  await tick(); mark(); ctl.error(new Error('late')); await tick();
});
test('fromWeb readable destroy cancels', async () => {
  const rs = new ReadableStream({ cancel(reason) { log('cancel ' + fmt(reason)); } });
  const r = Readable.fromWeb(rs);
  events(r, 'r', ['close', 'end', 'error']);
  r.destroy(new Error('dr')); mark(); await tick();
  const rs2 = new ReadableStream({ cancel(reason) { log('cancel2 ' + fmt(reason)); } });
  const r2 = Readable.fromWeb(rs2);
  events(r2, 'r2', ['close', 'end', 'error']);
  r2.destroy(); await tick();
});
test('fromWeb readable cancel rejects', async () => {
  const rs = new ReadableStream({ cancel() { throw new Error('cancelfail'); } });
  const r = Readable.fromWeb(rs);
  events(r, 'r', ['close', 'end', 'error']);
  r.destroy(); await tick();
});
test('fromWeb readable highWaterMark pulls', async () => {
  let pulls = 0;
  const rs = new ReadableStream({ pull(c) { pulls++; c.enqueue(new Uint8Array(4)); } }, { highWaterMark: 0 });
  const r = Readable.fromWeb(rs, { highWaterMark: 8 });
  r.on('readable', () => {}); r.removeAllListeners('readable');
  await tick(); log('pulls ' + pulls + ' len ' + r.readableLength);
  r.destroy(); await tick();
});
test('fromWeb readable signal', async () => {
  const ac = new AbortController();
  const rs = new ReadableStream({ cancel(reason) { log('cancel ' + fmt(reason)); } });
  const r = Readable.fromWeb(rs, { signal: ac.signal });
  events(r, 'r', ['close', 'end', 'error']);
  ac.abort(); await tick();
  const r2 = Readable.fromWeb(new ReadableStream(), { signal: AbortSignal.abort('pre') });
  events(r2, 'r2', ['close', 'end', 'error']); await tick();
});
test('fromWeb writable basic', async () => {
  const got = [];
  const ws = new WritableStream({ write(c) { got.push(c); }, close() { log('ws close'); } });
  const w = Writable.fromWeb(ws);
  events(w, 'w', ['close', 'finish', 'error', 'drain']);
  log('write ' + w.write('h\u00e9'));
  w.write(Buffer.from('x')); w.write('ff', 'hex'); w.end('z', () => log('end cb'));
  await tick(); log(inspect(got));
});
test('fromWeb writable decodeStrings false', async () => {
  const got = [];
  const ws = new WritableStream({ write(c) { got.push(c); } });
  const w = Writable.fromWeb(ws, { decodeStrings: false });
  w.write('abc'); w.write('ff', 'hex'); w.end(); await tick(); log(inspect(got));
});
test('fromWeb writable objectMode', async () => {
  const got = [];
  const ws = new WritableStream({ write(c) { got.push(c); } });
  const w = Writable.fromWeb(ws, { objectMode: true });
  w.write({ a: 1 }); w.write('s'); w.end(); await tick(); log(inspect(got));
});
test('fromWeb writable error in write', async () => {
  const ws = new WritableStream({ write(c) { throw new Error('wsfail'); } });
  const w = Writable.fromWeb(ws);
  events(w, 'w', ['close', 'finish', 'error', 'drain']);
  w.write('a', (e) => log('wcb ' + fmt(e))); w.write('b', (e) => log('wcb2 ' + fmt(e))); mark(); await tick();
});
test('fromWeb writable errored ws', async () => {
  let ctl;
  const ws = new WritableStream({ start(c) { ctl = c; } });
  const w = Writable.fromWeb(ws);
  events(w, 'w', ['close', 'finish', 'error', 'drain']);
  await tick(); ctl.error(new Error('ctlerr')); mark(); await tick();
});
test('fromWeb writable destroy aborts', async () => {
  const ws = new WritableStream({ abort(r) { log('abort ' + fmt(r)); }, close() { log('close'); } });
  const w = Writable.fromWeb(ws);
  events(w, 'w', ['close', 'finish', 'error']);
  w.destroy(new Error('wd')); await tick();
  const ws2 = new WritableStream({ abort(r) { log('abort2 ' + fmt(r)); }, close() { log('close2'); } });
  const w2 = Writable.fromWeb(ws2);
  events(w2, 'w2', ['close', 'finish', 'error']);
  w2.destroy(); await tick();
});
test('fromWeb writable backpressure', async () => {
  const pend = [];
  const ws = new WritableStream({ write(c) { log('ws write ' + c.length); return new Promise((r) => pend.push(r)); } }, { highWaterMark: 1 });
  const w = Writable.fromWeb(ws, { highWaterMark: 2 });
  events(w, 'w', ['drain']);
  log('w1 ' + w.write('abc')); log('w2 ' + w.write('d'));
  await tick(); log('len ' + w.writableLength);
  while (pend.length) { pend.shift()(); await tick(); }
  await tick(); log('len ' + w.writableLength);
});
test('fromWeb writable close rejects', async () => {
  const ws = new WritableStream({ close() { throw new Error('closefail'); } });
  const w = Writable.fromWeb(ws);
  events(w, 'w', ['close', 'finish', 'error']);
  w.end(); await tick();
});
test('fromWeb writable cork writev', async () => {
  const got = [];
  const ws = new WritableStream({ write(c) { got.push(Buffer.from(c).toString()); } });
  const w = Writable.fromWeb(ws);
  w.cork(); w.write('a'); w.write('b'); w.write('c'); w.uncork(); w.end(); await tick(); log(inspect(got));
});
test('duplex fromWeb transform', async () => {
  const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c).toUpperCase()); } });
  const d = Duplex.fromWeb(ts, { encoding: 'utf8' });
  events(d, 'd', ['close', 'end', 'finish', 'error']);
  d.on('data', (x) => log('data ' + inspect(x)));
  d.write('ab'); d.end('cd'); await tick(6);
});
test('duplex fromWeb objectMode', async () => {
  const ts = new TransformStream();
  const d = Duplex.fromWeb(ts, { objectMode: true });
  d.on('data', (x) => log('data ' + inspect(x))); events(d, 'd', ['close', 'end', 'finish', 'error']);
  d.write({ a: 1 }); d.end(); await tick(6);
});
test('duplex fromWeb readable error', async () => {
  let rc;
  const readable = new ReadableStream({ start(c) { rc = c; } });
  const writable = new WritableStream({ abort(r) { log('w abort ' + fmt(r)); } });
  const d = Duplex.fromWeb({ readable, writable });
  events(d, 'd', ['close', 'end', 'finish', 'error']);
  rc.error(new Error('rerr')); await tick();
});
test('duplex fromWeb writable error', async () => {
  let wc;
  const readable = new ReadableStream({ cancel(r) { log('r cancel ' + fmt(r)); } });
  const writable = new WritableStream({ start(c) { wc = c; } });
  const d = Duplex.fromWeb({ readable, writable });
  events(d, 'd', ['close', 'end', 'finish', 'error']);
  await tick(); wc.error(new Error('werr')); await tick();
});
test('duplex fromWeb destroy', async () => {
  const readable = new ReadableStream({ cancel(r) { log('r cancel ' + fmt(r)); } });
  const writable = new WritableStream({ abort(r) { log('w abort ' + fmt(r)); } });
  const d = Duplex.fromWeb({ readable, writable });
  events(d, 'd', ['close', 'end', 'finish', 'error']);
  d.destroy(new Error('dd')); await tick();
  const d2 = Duplex.fromWeb({ readable: new ReadableStream({ cancel(r) { log('r2 cancel ' + fmt(r)); } }), writable: new WritableStream({ abort(r) { log('w2 abort ' + fmt(r)); } }) });
  events(d2, 'd2', ['close', 'end', 'finish', 'error']);
  d2.destroy(); await tick();
});
test('duplex fromWeb readable closes halfopen', async () => {
  const readable = new ReadableStream({ start(c) { c.close(); } });
  const writable = new WritableStream({ write(c) { log('ws ' + c); }, abort(r) { log('w abort ' + fmt(r)); } });
  for (const allowHalfOpen of [false, true]) {
    const d = Duplex.fromWeb({ readable, writable: allowHalfOpen ? new WritableStream({ write(c) { log('ws2 ' + c); } }) : writable }, { allowHalfOpen, objectMode: true });
    events(d, 'd' + allowHalfOpen, ['close', 'end', 'finish', 'error']);
    d.resume(); await tick(); d.write('x'); d.end(); await tick();
  }
});
test('duplex toWeb', async () => {
  const pt = new PassThrough();
  const { readable, writable } = Duplex.toWeb(pt);
  const wr = writable.getWriter(); const rd = readable.getReader();
  p('w', wr.write(new Uint8Array([1, 2]))); p('c', wr.close());
  log(inspect(await rd.read())); log(inspect(await rd.read()));
  await tick();
});
test('duplex toWeb error', async () => {
  const pt = new PassThrough();
  const { readable, writable } = Duplex.toWeb(pt);
  const wr = writable.getWriter(); const rd = readable.getReader();
  p('rclosed', rd.closed); p('wclosed', wr.closed);
  pt.destroy(new Error('pterr')); await tick();
});
test('duplex toWeb cancel/abort', async () => {
  const pt = new PassThrough(); events(pt, 'pt', ['close', 'error', 'end', 'finish']);
  const { readable, writable } = Duplex.toWeb(pt);
  p('cancel', readable.cancel(new Error('c1'))); await tick();
  p('abort', writable.abort(new Error('a1'))); await tick();
});
test('duplex toWeb readable-only', async () => {
  const r = new Readable({ read() {} }); r.push(null);
  const d = Duplex.from(r);
  const { readable, writable } = Duplex.toWeb(d);
  const wr = writable.getWriter(); p('wclosed', wr.closed); p('w', wr.write(new Uint8Array(1)));
  const rd = readable.getReader(); p('r', rd.read());
  await tick();
});
test('duplex toWeb destroyed', async () => {
  const pt = new PassThrough(); pt.destroy();
  const { readable, writable } = Duplex.toWeb(pt);
  p('r', readable.getReader().read()); p('wc', writable.getWriter().closed); await tick();
});

run();
