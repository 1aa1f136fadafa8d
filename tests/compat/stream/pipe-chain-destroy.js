'use strict';
// A chain src.pipe(t1).pipe(t2).pipe(dst) (plain pipe, no pipeline) with one stage
// destroyed at a time, with and without an error: every event of every stage.
const { Readable, Writable, PassThrough } = require('stream');
const { log, track, fmt, delay } = require('./_helpers');

const EVENTS = ['end', 'finish', 'close', 'error', 'unpipe', 'pause', 'resume'];

const cases = [];
for (const victim of ['src', 't1', 't2', 'dst']) {
  for (const withError of [false, true]) cases.push([victim, withError]);
}

function runCase() {
  const c = cases.shift();
  if (!c) return;
  const [victim, withError] = c;
  log(`======== destroy ${victim}${withError ? ' with error' : ''}`);
  let i = 0;
  const stages = {};
  stages.src = new Readable({
    objectMode: true,
    read() { setImmediate(() => this.push(i < 5 ? i++ : null)); },
  });
  stages.t1 = new PassThrough({ objectMode: true });
  stages.t2 = new PassThrough({ objectMode: true });
  stages.dst = new Writable({
    objectMode: true,
    write(chunk, enc, cb) {
      log('dst got', chunk);
      if (chunk === 2) {
        log(`destroying ${victim}`);
        stages[victim].destroy(withError ? new Error(`${victim} broke`) : undefined);
      }
      cb();
    },
  });
  for (const [name, s] of Object.entries(stages)) {
    track(name, s, EVENTS);
  }
  stages.src.pipe(stages.t1).pipe(stages.t2).pipe(stages.dst);
  delay(() => {
    log('states', Object.entries(stages).map(([n, s]) => `${n}:${s.destroyed ? 'D' : '-'}${s.readableEnded ? 'E' : ''}${s.writableFinished ? 'F' : ''}`).join(' '));
    runCase();
  }, 40);
}
runCase();
