'use strict';
// Object-mode read() without a size and push() of an object take shortcuts in nodus;
// these cases check that the events, return values and state around them stay node's:
// undefined and falsy chunks, read() and push() from inside _read(), destroy or error
// from inside _read(), the end while objects are buffered, a pending asynchronous read,
// and a decoder (which must keep the general path).
const { Readable } = require('stream');

// Records the stream's events; a 'readable' listener (paused mode) only when asked.
function trace(stream, paused = false) {
  const log = [];
  const events = ['data', 'end', 'close', 'error', 'pause', 'resume'];
  if (paused) events.push('readable');
  for (const ev of events) {
    stream.on(ev, (arg) => {
      if (ev === 'data') log.push(`data:${JSON.stringify(arg) ?? 'undefined'}`);
      else if (ev === 'error') log.push(`error:${arg.message}`);
      else log.push(ev);
    });
  }
  return log;
}

const cases = [];
function test(name, fn) {
  cases.push({ name, fn });
}

test('falsy and undefined chunks', (done) => {
  const values = [0, '', false, undefined, NaN, { a: 1 }];
  const r = new Readable({
    objectMode: true,
    read() {
      if (values.length === 0) this.push(null);
      else this.push(values.shift());
    },
  });
  const log = [];
  r.on('data', (c) => log.push(String(c)));
  r.on('end', () => done(log.join(',')));
});

test('paused read() returns and states', (done) => {
  let i = 0;
  const r = new Readable({
    objectMode: true,
    highWaterMark: 2,
    read() {
      i++;
      this.push(i <= 3 ? { i } : null);
    },
  });
  const out = [];
  r.on('readable', () => {
    let c;
    while ((c = r.read()) !== null) {
      out.push(`${c.i}/len${r.readableLength}/ended${r.readableEnded}`);
    }
    out.push(`null/len${r.readableLength}`);
  });
  r.on('end', () => done(out.join(' ')));
});

test('push returns at the mark', (done) => {
  const results = [];
  const r = new Readable({ objectMode: true, highWaterMark: 3, read() {} });
  for (let i = 0; i < 5; i++) results.push(r.push({ i }));
  results.push(r.readableLength);
  r.push(null);
  results.push(r.push({ late: true }) === false ? 'late-false' : 'late-true');
  r.on('error', (e) => results.push(e.code));
  r.resume();
  r.on('close', () => setImmediate(() => done(results.join(','))));
});

test('read() reentered from _read', (done) => {
  let n = 0;
  const got = [];
  const r = new Readable({
    objectMode: true,
    read() {
      n++;
      if (n > 4) return this.push(null);
      this.push({ n });
      if (n === 2) got.push(`inner:${JSON.stringify(this.read())}`);
    },
  });
  r.on('data', (c) => got.push(`data:${c.n}`));
  r.on('end', () => done(got.join(' ')));
});

test('destroy from _read', (done) => {
  let n = 0;
  const r = new Readable({
    objectMode: true,
    read() {
      n++;
      this.push({ n });
      if (n === 3) this.destroy();
    },
  });
  const log = trace(r);
  r.on('close', () => setImmediate(() => done(`${log.join(' ')} destroyed=${r.destroyed}`)));
});

test('error from _read', (done) => {
  let n = 0;
  const r = new Readable({
    objectMode: true,
    read() {
      n++;
      if (n === 3) throw new Error('boom');
      this.push({ n });
    },
  });
  const log = trace(r);
  r.on('close', () => setImmediate(() => done(`${log.join(' ')} errored=${r.errored?.message}`)));
});

test('destroy with an error while data flows', (done) => {
  let n = 0;
  const r = new Readable({ objectMode: true, read() { this.push({ n: ++n }); } });
  const log = trace(r);
  r.on('data', (c) => {
    if (c.n === 2) r.destroy(new Error('stop'));
  });
  r.on('close', () => setImmediate(() => done(log.join(' '))));
});

test('end while buffered', (done) => {
  const r = new Readable({ objectMode: true, highWaterMark: 10, read() {} });
  r.push({ a: 1 });
  r.push({ a: 2 });
  r.push(null);
  const log = trace(r, true);
  r.on('readable', () => {
    let c;
    while ((c = r.read()) !== null) log.push(`read:${c.a}/ended:${r.readableEnded}`);
  });
  r.on('close', () => done(log.join(' ')));
});

test('asynchronous _read', (done) => {
  let n = 0;
  const r = new Readable({
    objectMode: true,
    read() {
      n++;
      setImmediate(() => this.push(n <= 3 ? { n } : null));
    },
  });
  const log = trace(r);
  r.on('close', () => done(log.join(' ')));
});

test('objectMode with an encoding', (done) => {
  const r = new Readable({ objectMode: true, encoding: 'utf8', read() {} });
  r.push(Buffer.from('héllo'));
  r.push('text');
  r.push(null);
  const log = trace(r);
  r.on('close', () => done(log.join(' ')));
});

test('unshift in object mode', (done) => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push({ x: 1 });
  r.unshift({ x: 0 });
  r.push(null);
  const out = [];
  r.on('data', (c) => out.push(c.x));
  r.on('end', () => done(out.join(',')));
});

test('Readable.from: for await and data agree', async (done) => {
  function* gen() {
    for (let i = 0; i < 5; i++) yield { i };
  }
  const a = [];
  for await (const o of Readable.from(gen())) a.push(o.i);
  const b = [];
  const s = Readable.from(gen());
  s.on('data', (o) => b.push(o.i));
  s.on('end', () => done(`${a.join('')} ${b.join('')} ${s.readableEnded}`));
});

test('Readable.from: break out of for await', async (done) => {
  let returned = false;
  function* gen() {
    try {
      for (let i = 0; i < 100; i++) yield i;
    } finally {
      returned = true;
    }
  }
  const s = Readable.from(gen());
  const seen = [];
  for await (const v of s) {
    seen.push(v);
    if (v === 2) break;
  }
  setImmediate(() => done(`${seen.join('')} destroyed=${s.destroyed} returned=${returned}`));
});

test('flowing with read() overridden', (done) => {
  class Counting extends Readable {
    constructor() {
      super({ objectMode: true });
      this.calls = 0;
      this.n = 0;
    }
    _read() {
      this.n++;
      this.push(this.n <= 3 ? { n: this.n } : null);
    }
    read(size) {
      this.calls++;
      return super.read(size);
    }
  }
  const r = new Counting();
  const out = [];
  r.on('data', (c) => out.push(c.n));
  r.on('end', () => done(`${out.join(',')} calls>0=${r.calls > 0}`));
});

test('read() replaced by a data listener', (done) => {
  let n = 0;
  const r = new Readable({
    objectMode: true,
    highWaterMark: 4,
    read() {
      n++;
      this.push(n <= 6 ? { n } : null);
    },
  });
  let replacedCalls = 0;
  const out = [];
  r.on('data', (c) => {
    out.push(c.n);
    if (c.n === 2) {
      const original = r.read;
      r.read = function(size) {
        replacedCalls++;
        return original.call(this, size);
      };
    }
  });
  r.on('end', () => done(`${out.join(',')} replaced-used=${replacedCalls > 0}`));
});

(async () => {
  for (const { name, fn } of cases) {
    const result = await new Promise((resolve) => fn(resolve));
    console.log(`${name}: ${result}`);
  }
})();
