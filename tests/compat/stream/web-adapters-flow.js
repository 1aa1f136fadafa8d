'use strict';
// Web stream adapters: backpressure in both directions (Writable.toWeb waits for 'drain',
// Readable.toWeb pauses the node stream once the web queue holds highWaterMark bytes),
// Duplex.fromWeb destroy/error/end paths, corked writes (writev) and finished streams.
const { Readable, Writable, Duplex, PassThrough } = require('stream');
(async () => {
  // Backpressure: node writable with hwm 2 bytes, slow callback.
  const log = [];
  const w = new Writable({
    highWaterMark: 2,
    write(c, e, cb) { log.push('w' + c.length); setImmediate(cb); },
  });
  const ws = Writable.toWeb(w);
  const writer = ws.getWriter();
  console.log('desired', writer.desiredSize);
  const p1 = writer.write(new Uint8Array(3)).then(() => log.push('p1'));
  console.log('desired after', writer.desiredSize, w.writableNeedDrain);
  const p2 = writer.write(new Uint8Array(1)).then(() => log.push('p2'));
  await Promise.all([p1, p2]);
  await writer.close();
  console.log(log.join(' '));
  // Readable.toWeb pauses at desiredSize <= 0
  let reads = 0;
  const r = new Readable({
    highWaterMark: 4,
    read() {
      reads++;
      this.push(Buffer.alloc(4));
      if (reads > 20) this.push(null);
    },
  });
  const rs = Readable.toWeb(r);
  await new Promise((res) => setTimeout(res, 20));
  console.log('reads before pull', reads, r.isPaused(), r.readableFlowing);
  const reader = rs.getReader();
  await reader.read();
  await new Promise((res) => setTimeout(res, 20));
  console.log('reads after one read', reads);
  reader.releaseLock();
  // object mode strategy
  const ro = Readable.toWeb(new Readable({ objectMode: true, highWaterMark: 2, read() {} }));
  console.log(ro.locked);
  // Duplex.fromWeb destroy with error: abort + cancel
  const d = Duplex.fromWeb({
    readable: new ReadableStream({ cancel(r) { console.log('cancel', r.message); } }),
    writable: new WritableStream({ abort(r) { console.log('abort', r.message); } }),
  });
  d.on('error', (e) => console.log('duplex error', e.message));
  d.on('close', () => console.log('duplex close'));
  d.destroy(new Error('boom'));
  await new Promise((res) => setTimeout(res, 10));
  // web writable errors -> duplex destroyed
  let ctl;
  const d2 = Duplex.fromWeb({
    readable: new ReadableStream({ start(c) { ctl = c; } }),
    writable: new WritableStream(),
  }, { objectMode: true });
  d2.on('error', (e) => console.log('d2 error', e.message));
  d2.on('close', () => console.log('d2 close'));
  d2.resume();
  ctl.error(new Error('readable side failed'));
  await new Promise((res) => setTimeout(res, 10));
  // web readable closes early with allowHalfOpen false
  const d3 = Duplex.fromWeb({
    readable: new ReadableStream({ start(c) { c.enqueue('z'); c.close(); } }),
    writable: new WritableStream({ write(c) { console.log('d3 wrote', c); } }),
  }, { objectMode: true });
  d3.on('data', (c) => console.log('d3 data', c));
  d3.on('end', () => console.log('d3 end'));
  d3.on('finish', () => console.log('d3 finish'));
  d3.on('close', () => console.log('d3 close'));
  d3.on('error', (e) => console.log('d3 error', e.message));
  d3.write('q');
  await new Promise((res) => setTimeout(res, 10));
  // Writable.fromWeb when the web stream closes by itself? (writer.closed) - errored web writable
  let wctl;
  const w4 = Writable.fromWeb(new WritableStream({ start(c) { wctl = c; } }));
  w4.on('error', (e) => console.log('w4 error', e.message));
  w4.on('close', () => console.log('w4 close'));
  wctl.error(new Error('sink broke'));
  await new Promise((res) => setTimeout(res, 10));
  // writev path
  const chunks = [];
  const w5 = Writable.fromWeb(new WritableStream({
    write(c) { chunks.push(Buffer.from(c).toString()); },
  }));
  w5.cork();
  w5.write('a');
  w5.write('b');
  w5.write('c');
  w5.uncork();
  w5.end(() => console.log('w5 done', chunks.join('')));
  await new Promise((res) => setTimeout(res, 10));
  // toWeb of a finished readable
  const ended = Readable.from([]);
  ended.resume();
  await new Promise((r) => ended.on('end', r));
  const rse = Readable.toWeb(ended);
  console.log('ended', JSON.stringify(await rse.getReader().read()));
  // A zlib failure reaches the web side unchanged.
  const inflate = require('zlib').createInflate();
  const zweb = Readable.toWeb(inflate);
  inflate.end(Buffer.from([1, 2, 3, 4, 5]));
  await zweb.getReader().read().catch((e) => console.log('zlib', e.name, e.code, e.message));
})();
