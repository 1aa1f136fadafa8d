'use strict';
// Differential fuzzing of stream event ordering: random pipelines (sources with sync and
// promise-returning pulls, transforms, sinks, tee, pipes with AbortSignals, byte streams
// with BYOB reads, writers that close, abort and error, readers that cancel) log every
// event against a counter of promise jobs; node and nodus must print the same log.
//
// Usage: node tests/unit/webstreams/fuzz-ordering.js --nodus build/nodus [--seeds 1-300]
// (a tool, not a test: it needs node). Child mode: RUNTIME fuzz-ordering.js --run KIND SEED
// prints one scenario's log. Known difference: node's pipeTo() may read one more chunk
// after shutting down has started (the Standard forbids it, nodus does not do it).

const args = process.argv.slice(2);

function runScenario(kind, seedArg) {
  let seed = seedArg;
  function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return (seed >> 8) % n; }
  const out = [];
  let tick = 0;
  const log = (s) => out.push(`${tick} ${s}`);
  function delay(n) { let p = Promise.resolve(); for (let i = 0; i < n; i++) p = p.then(() => {}); return p; }
  (function ticker() { if (tick < 400) { tick++; Promise.resolve().then(ticker); } })();
  if (kind === 'pipes') {
    const N = 1 + rnd(6);
    let made = 0;
    const srcKind = rnd(3);
    const srcDelay = rnd(3);
    const hwm = rnd(4);
    const src = new ReadableStream({
      start(c) { log('start'); if (srcKind === 2) { for (let i = 0; i < N; i++) c.enqueue(i); c.close(); } },
      pull(c) {
        log(`pull ${made}`);
        if (srcKind === 2) return;
        const go = () => { if (made < N) c.enqueue(made++); if (made >= N) { try { c.close(); } catch {} } };
        if (srcKind === 1) return delay(srcDelay).then(go);
        go();
      },
      cancel(r) { log(`cancel ${r}`); },
    }, { highWaterMark: hwm });
    const useTransform = rnd(2);
    const tDelay = rnd(3);
    let stream = src;
    if (useTransform) {
      stream = src.pipeThrough(new TransformStream({
        transform(ch, c) { log(`transform ${ch}`); if (tDelay) return delay(tDelay).then(() => c.enqueue(ch * 10)); c.enqueue(ch * 10); },
        flush() { log('flush'); },
      }, { highWaterMark: rnd(3) }, { highWaterMark: rnd(3) }));
    }
    const consumer = rnd(4);
    const wDelay = rnd(3);
    const abortAt = rnd(3) === 0 ? rnd(30) : -1;
    const ac = new AbortController();
    if (abortAt >= 0) delay(abortAt).then(() => { log('abort'); ac.abort('R'); });
    const report = (p, name) => p.then((v) => log(`${name} ok ${JSON.stringify(v)}`), (e) => log(`${name} err ${e && e.message || e}`));
    if (consumer === 0) {
      report(stream.pipeTo(new WritableStream({
        write(ch) { log(`write ${ch}`); if (wDelay) return delay(wDelay); },
        close() { log('close'); },
        abort(r) { log(`sink abort ${r}`); },
      }, { highWaterMark: rnd(3) }), abortAt >= 0 ? { signal: ac.signal } : {}), 'pipe');
    } else if (consumer === 1) {
      (async () => { const r = stream.getReader(); for (;;) { const x = await r.read(); log(`read ${JSON.stringify(x)}`); if (x.done) break; if (wDelay) await delay(wDelay); } })();
    } else if (consumer === 2) {
      report((async () => { for await (const x of stream) { log(`iter ${x}`); if (x === 2 && wDelay === 2) break; } })(), 'iter');
    } else {
      const [a, b] = stream.tee();
      report((async () => { for await (const x of a) log(`a ${x}`); })(), 'a');
      report((async () => { const r = b.getReader(); for (;;) { const x = await r.read(); log(`b ${JSON.stringify(x)}`); if (x.done) break; } })(), 'b');
    }
  } else {
    const report = (p, name) => p.then((v) => log(`${name} ok ${v && typeof v === 'object' ? JSON.stringify({ v: v.value && Array.from(v.value), d: v.done }) : v}`), (e) => log(`${name} err ${e && e.message || e}`));
    const scenario = rnd(4);
    if (scenario === 0) {
      // Writer usage with random sink timings, close/abort/error.
      let ctl;
      const ws = new WritableStream({
        start(c) { ctl = c; log('start'); if (rnd(2)) return delay(rnd(3)); },
        write(ch) { log(`write ${ch}`); const d = rnd(3); if (ch === 3 && rnd(3) === 0) throw new Error('wfail'); if (d) return delay(d); },
        close() { log('close'); if (rnd(2)) return delay(rnd(3)); },
        abort(r) { log(`abort ${r}`); },
      }, { highWaterMark: rnd(4) });
      const w = ws.getWriter();
      const n = 1 + rnd(5);
      for (let i = 0; i < n; i++) report(w.write(i), `w${i}`);
      report(w.ready, 'ready');
      const end = rnd(4);
      const at = rnd(8);
      delay(at).then(() => {
        if (end === 0) report(w.close(), 'close');
        if (end === 1) report(w.abort('A'), 'abortcall');
        if (end === 2) { log('error'); ctl.error('E'); }
        if (end === 3) { w.releaseLock(); report(ws.getWriter().close(), 'close2'); }
      });
      report(w.closed, 'closed');
    } else if (scenario === 1) {
      // Byte stream with BYOB reads.
      let made = 0;
      const n = 1 + rnd(5);
      const rs = new ReadableStream({
        type: 'bytes',
        autoAllocateChunkSize: rnd(2) ? 4 : undefined,
        pull(c) {
          log(`pull ${made}`);
          const go = () => {
            made++;
            if (made > n) { c.close(); if (c.byobRequest) c.byobRequest.respond(0); return; }
            if (c.byobRequest && rnd(2)) { const v = c.byobRequest.view; v[0] = made; c.byobRequest.respond(1); }
            else c.enqueue(new Uint8Array([made, made]));
          };
          if (rnd(2)) return delay(rnd(3)).then(go);
          go();
        },
      }, { highWaterMark: rnd(3) });
      const byob = rnd(2);
      const r = rs.getReader(byob ? { mode: 'byob' } : undefined);
      (async () => {
        for (let i = 0; i < 8; i++) {
          const x = byob ? await r.read(new Uint8Array(1 + rnd(3))) : await r.read();
          log(`read ${JSON.stringify({ v: x.value && Array.from(x.value), d: x.done })}`);
          if (x.done) break;
          if (rnd(3) === 0) await delay(rnd(3));
        }
      })().catch((e) => log(`loop err ${e.message}`));
    } else if (scenario === 2) {
      // Transform with errors / terminate.
      let tc;
      const ts = new TransformStream({
        start(c) { tc = c; },
        transform(ch, c) { log(`t ${ch}`); if (ch === 2 && rnd(2)) throw new Error('tfail'); c.enqueue(ch); if (rnd(3) === 0) return delay(rnd(3)); },
        flush() { log('flush'); },
      }, { highWaterMark: rnd(3) }, { highWaterMark: rnd(3) });
      const w = ts.writable.getWriter();
      for (let i = 0; i < 4; i++) report(w.write(i), `w${i}`);
      if (rnd(2)) report(w.close(), 'close');
      const r = ts.readable.getReader();
      const action = rnd(4);
      delay(rnd(10)).then(() => {
        if (action === 0) { log('terminate'); tc.terminate(); }
        if (action === 1) { log('error'); tc.error('E'); }
        if (action === 2) report(r.cancel('C'), 'cancel');
      });
      (async () => { for (let i = 0; i < 6; i++) { const x = await r.read(); log(`read ${JSON.stringify(x)}`); if (x.done) break; } })().catch((e) => log(`loop err ${e && e.message || e}`));
      report(w.closed, 'wclosed');
    } else {
      // Source errors / reader cancel while reading, with async iteration or reads.
      let c;
      const rs = new ReadableStream({ start(x) { c = x; }, pull() { log('pull'); }, cancel(r) { log(`cancel ${r}`); if (rnd(2)) return delay(2); } }, { highWaterMark: rnd(3) });
      const r = rs.getReader();
      for (let i = 0; i < 3; i++) report(r.read(), `r${i}`);
      report(r.closed, 'closed');
      const ev = [];
      for (let i = 0; i < 5; i++) ev.push(rnd(5));
      let p = Promise.resolve();
      for (const e of ev) {
        p = p.then(() => delay(rnd(3))).then(() => {
          try {
            if (e === 0) { log('enqueue'); c.enqueue(tick); }
            if (e === 1) { log('close'); c.close(); }
            if (e === 2) { log('error'); c.error('E'); }
            if (e === 3) report(r.cancel('X'), 'cancel');
            if (e === 4) report(r.read(), 'rX');
          } catch (err) { log(`threw ${err.message}`); }
        });
      }
    }
  }
  setTimeout(() => console.log(out.join('\n')), 5);
}

if (args[0] === '--run') {
  runScenario(args[1], Number(args[2]));
} else {
  const { spawnSync } = require('child_process');
  const nodus = args[args.indexOf('--nodus') + 1];
  const range = args.includes('--seeds') ? args[args.indexOf('--seeds') + 1] : '1-300';
  const [first, last] = range.split('-').map(Number);
  let differ = 0;
  for (const kind of ['pipes', 'mixed']) {
    for (let seed = first; seed <= last; seed++) {
      const a = spawnSync(process.execPath, [__filename, '--run', kind, String(seed)], { encoding: 'utf8' });
      const b = spawnSync(nodus, [__filename, '--run', kind, String(seed)], { encoding: 'utf8' });
      if (a.stdout !== b.stdout) {
        differ++;
        console.log(`${kind} seed ${seed} differs`);
      }
    }
  }
  console.log(`${differ} scenarios differ`);
}
