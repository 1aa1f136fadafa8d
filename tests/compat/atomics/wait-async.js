'use strict';
// Atomics.waitAsync (which the engine lacks and nodus adds) and Atomics.notify: argument
// checks with V8's errors, immediate results, timeouts, wake-ups on the same thread and
// across threads (a worker notifies the main thread and the reverse), views with an
// offset, BigInt64Array, and a pending wait that does not keep the process alive.
for (const v of [[], {}, 'str', undefined, null, Symbol('s'), 1.5, new Float64Array(2), new Uint32Array(new SharedArrayBuffer(8)), function f(){}]) { try { Atomics.waitAsync(v,0,0) } catch(e) { console.log(e.name+': '+e.message) } }
const i=new Int32Array(new SharedArrayBuffer(16));
for (const idx of ['1', 1.5, -0, '-0', NaN, undefined, 4, 2**53, {valueOf(){return 2}}]) { try { const r=Atomics.waitAsync(i,idx,1,0); console.log(String(idx), r) } catch(e) { console.log(String(idx), e.name+': '+e.message) } }
for (const t of [undefined, null, -5, '10', NaN, Infinity, 0]) { const r=Atomics.waitAsync(i,0,0,t); console.log(String(t), r.async, typeof r.value); if (r.async) r.value.then((v) => console.log('resolved', String(t), v)); }
try { Atomics.waitAsync(i,0,Symbol()) } catch(e) { console.log(e.name+': '+e.message) }
for (const v of [1, undefined, null, Symbol('q'), 'x1', '12', true, { valueOf() { return 3n; } }]) {
  try { console.log(Atomics.waitAsync(new BigInt64Array(new SharedArrayBuffer(16)), 0, v, 0)); } catch (e) { console.log(e.name + ': ' + e.message); }
}
for (const a of [[new Float64Array(4), 0], [new Int32Array(4), 9], [new Int32Array(4), 0, Symbol()], [new Int32Array(4), 0, -1], [new BigInt64Array(4), 0]]) {
  try { console.log(Atomics.notify(...a)); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { Atomics.waitAsync(i,0,0,Symbol()) } catch(e) { console.log(e.name+': '+e.message) }
console.log(Atomics.waitAsync.length, Atomics.waitAsync.name, Atomics.notify.length, Atomics.notify.name, Object.getOwnPropertyDescriptor(Atomics,'waitAsync'));
console.log(Atomics.notify(i,0,1), Atomics.notify(i,0), Atomics.notify(new Int32Array(4),0));
try { Atomics.notify(new Float64Array(4),0) } catch(e) { console.log(e.name+': '+e.message) }
const s = new Int32Array(new SharedArrayBuffer(8), 4, 1); const r = Atomics.waitAsync(s, 0, 0); console.log(Atomics.notify(new Int32Array(s.buffer), 1, 1), Atomics.notify(new Int32Array(s.buffer), 1, 1));
r.value.then((v) => console.log('offset view woken', v));
const b = new BigInt64Array(new SharedArrayBuffer(16));
b[1] = -5n;
console.log(Atomics.waitAsync(b, 1, -4n).value, Atomics.waitAsync(b, 1, -5n, 0).value);
// Its timeout is far beyond the run: a pending wait does not keep the process alive, so
// it never fires (a short one would race the worker below on a loaded machine).
const rb = Atomics.waitAsync(b, 1, -5n, 60000);
rb.value.then((v) => console.log('bigint timeout', v));
// A worker notifies the main thread, and the main thread a worker.
const { Worker } = require('worker_threads');
const shared = new Int32Array(new SharedArrayBuffer(8));
const w = new Worker(`
  const { workerData } = require('worker_threads');
  const a = workerData;
  const r = Atomics.waitAsync(a, 1, 0);
  // A pending waitAsync does not keep a thread alive: the timer does until the wake-up.
  const keep = setTimeout(() => {}, 10000);
  Atomics.store(a, 0, 1);
  Atomics.notify(a, 0);
  r.value.then((v) => { console.log('worker woken', v, Atomics.load(a, 1)); clearTimeout(keep); });
`, { eval: true, workerData: shared });
const rm = Atomics.waitAsync(shared, 0, 0);
rm.value.then((v) => {
  console.log('main woken', v, rm.async);
  const spin = () => {
    Atomics.store(shared, 1, 7);
    if (Atomics.notify(shared, 1) === 0) setTimeout(spin, 5); 
  };
  spin();
});
w.on('exit', (c) => console.log('worker exit', c));
// A pending wait with no timeout does not keep the process alive.
Atomics.waitAsync(new Int32Array(new SharedArrayBuffer(4)), 0, 0).value.then(() => console.log('never'));
