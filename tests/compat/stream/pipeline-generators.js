'use strict';
// pipeline() with functions: a generator as source, async generator transforms, an
// async function as the sink (its value reaches the callback), errors thrown inside
// generators, and the signal passed to each stage.
const { pipeline, Readable, Writable } = require('stream');
const { log, fmt, track, delay } = require('./_helpers');

const steps = [];
function step(fn) { steps.push(fn); }
function run() {
  const fn = steps.shift();
  if (!fn) return;
  log('========');
  fn();
  delay(run, 60);
}

step(() => {
  pipeline(
    function* source({ signal }) {
      log('source signal aborted?', signal.aborted);
      yield 'a';
      yield 'b';
      yield 'c';
    },
    async function* upper(src, { signal }) {
      for await (const c of src) yield String(c).toUpperCase();
    },
    async function sink(src) {
      let all = '';
      for await (const c of src) {
        log('sink got', fmt(c));
        all += c;
      }
      return all;
    },
    (err, val) => log('cb', fmt(err), fmt(val)),
  );
});

step(() => {
  const r = Readable.from([1, 2, 3]);
  track('r', r, ['end', 'close', 'error']);
  const w = new Writable({ objectMode: true, write(c, e, cb) { log('w got', fmt(c)); cb(); } });
  track('w', w, ['finish', 'close', 'error']);
  pipeline(
    r,
    async function* double(src) {
      for await (const n of src) yield n * 2;
    },
    w,
    (err) => log('cb', fmt(err)),
  );
});

step(() => {
  const r = Readable.from(['x', 'y', 'z']);
  track('r2', r, ['end', 'close', 'error']);
  pipeline(
    r,
    async function* failing(src, { signal }) {
      signal.addEventListener('abort', () => log('stage signal aborted', fmt(signal.reason)));
      for await (const c of src) {
        if (c === 'y') throw new Error('generator failed');
        yield c;
      }
    },
    async function(src) { for await (const c of src) log('sink', fmt(c)); },
    (err) => log('cb', fmt(err), 'source destroyed', r.destroyed),
  );
});

step(() => {
  pipeline(
    async function* () { yield 'only'; throw new Error('source generator failed'); },
    async function(src) { for await (const c of src) log('sink', fmt(c)); return 'never'; },
    (err, val) => log('cb', fmt(err), fmt(val)),
  );
});

step(() => {
  const ret = pipeline(
    ['p', 'q'],
    async function* (src) { for await (const c of src) yield c + c; },
    (err) => log('cb iterable source', fmt(err)),
  );
  log('returned', ret.constructor.name);
  ret.on('data', (c) => log('ret data', fmt(c)));
});

step(() => {
  pipeline(
    Readable.from(['m']),
    async function* (src) { for await (const c of src) yield c; },
    async function* (src) { for await (const c of src) yield `${c}!`; },
    async (src) => { for await (const c of src) log('last', fmt(c)); },
    (err, val) => log('cb', fmt(err), fmt(val)),
  );
});

run();
