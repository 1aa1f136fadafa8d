'use strict';
// Releasing a writer: ready and closed reject, writes through it reject, desiredSize
// throws; the stream accepts a new writer and keeps its queue.
const { settle } = require('./_ticks');
let release;
const ws = new WritableStream({
  write(chunk) {
    console.log('sink write', chunk);
    return new Promise((r) => { release = r; });
  },
});
const w1 = ws.getWriter();
settle('w1 write a', w1.write('a'));
settle('w1 write b', w1.write('b'));
const ready = w1.ready;
w1.releaseLock();
console.log('locked', ws.locked, 'ready replaced', ready !== w1.ready);
settle('ready', w1.ready);
settle('closed', w1.closed);
settle('write after release', w1.write('c'));
settle('close after release', w1.close());
settle('abort after release', w1.abort());
try {
  console.log(w1.desiredSize);
} catch (e) {
  console.log('desiredSize', e.name, e.code, e.message);
}
w1.releaseLock();
const w2 = ws.getWriter();
console.log('w2 desiredSize', w2.desiredSize);
settle('w2 write d', w2.write('d'));
setTimeout(() => { release(); setTimeout(() => { release(); setTimeout(() => release(), 1); }, 1); }, 1);
try {
  ws.getWriter();
} catch (e) {
  console.log('getWriter locked', e.name, e.code, e.message);
}
try {
  new WritableStreamDefaultWriter(ws);
} catch (e) {
  console.log('ctor locked', e.name, e.code, e.message);
}
