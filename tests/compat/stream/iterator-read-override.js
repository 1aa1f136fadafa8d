'use strict';
// for await over an object-mode Readable takes buffered objects with read(): a read()
// overridden on the instance or in a subclass must still be called for every object, and
// the order of 'data', read() calls and loop bodies must match node's.
const { Readable } = require('stream');

async function overriddenOnInstance() {
  const log = [];
  const r = Readable.from([{ n: 1 }, { n: 2 }, { n: 3 }]);
  const original = r.read;
  r.read = function(size) {
    const chunk = original.call(this, size);
    log.push(`read ${chunk === null ? 'null' : chunk.n}`);
    return chunk;
  };
  r.on('data', (o) => log.push(`data ${o.n}`));
  r.pause();
  for await (const o of r) log.push(`body ${o.n}`);
  console.log('instance:', log.join(', '));
}

class Doubling extends Readable {
  constructor() {
    super({ objectMode: true });
    this.i = 0;
  }
  _read() {
    this.push(this.i < 4 ? { n: this.i++ } : null);
  }
  read(size) {
    const chunk = super.read(size);
    return chunk === null ? null : { n: chunk.n * 2 };
  }
}

async function subclass() {
  const seen = [];
  for await (const o of new Doubling()) seen.push(o.n);
  console.log('subclass:', seen.join(' '));
}

async function destroyedWhileBuffered() {
  const r = new Readable({ objectMode: true, highWaterMark: 8, read() {} });
  for (let i = 0; i < 5; i++) r.push({ n: i });
  const seen = [];
  try {
    for await (const o of r) {
      seen.push(o.n);
      if (o.n === 1) r.destroy(new Error('stop'));
    }
  } catch (err) {
    seen.push(err.message);
  }
  console.log('destroyed:', seen.join(' '), r.destroyed, r.readableLength);
}

async function breakWithBuffered() {
  const r = new Readable({ objectMode: true, highWaterMark: 8, read() {} });
  for (let i = 0; i < 5; i++) r.push({ n: i });
  r.on('close', () => console.log('close'));
  for await (const o of r) {
    if (o.n === 2) break;
  }
  console.log('after break', r.destroyed, r.readableLength);
}

(async () => {
  await overriddenOnInstance();
  await subclass();
  await destroyedWhileBuffered();
  await breakWithBuffered();
  await new Promise((resolve) => setImmediate(resolve));
})();
