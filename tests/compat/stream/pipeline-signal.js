'use strict';
// pipeline() with an AbortSignal (stream/promises form): aborting mid-way destroys
// the stages with an AbortError whose cause is the reason; an already aborted
// signal; invalid signals.
const { Readable, Writable, PassThrough } = require('stream');
const { pipeline } = require('stream/promises');
const { log, track, fmt, delay } = require('./_helpers');

async function main() {
  {
    const ac = new AbortController();
    let i = 0;
    const src = new Readable({
      read() {
        delay(() => {
          this.push(i < 100 ? String(i++) : null);
        }, 1);
      },
    });
    const dst = new Writable({
      write(c, e, cb) {
        if (String(c) === '2') {
          log('aborting');
          ac.abort('enough');
        }
        cb();
      },
    });
    track('src', src, ['close', 'error']);
    track('dst', dst, ['close', 'error', 'finish']);
    try {
      await pipeline(src, dst, { signal: ac.signal });
    } catch (err) {
      log('rejected', fmt(err), 'cause', fmt(err.cause));
    }
  }

  {
    const ac = new AbortController();
    ac.abort(new Error('before start'));
    const src = Readable.from(['a']);
    const dst = new PassThrough();
    track('src2', src, ['close', 'error']);
    track('dst2', dst, ['close', 'error']);
    try {
      await pipeline(src, dst, { signal: ac.signal });
    } catch (err) {
      log('rejected', fmt(err), 'cause', fmt(err.cause));
    }
  }

  try {
    await pipeline(Readable.from(['a']), new PassThrough(), { signal: 'nope' });
  } catch (err) {
    log('bad signal', fmt(err));
  }

  const value = await pipeline(Readable.from(['v']), async (src) => {
    for await (const c of src) return `got ${c}`;
  });
  log('resolved value', fmt(value));

  const ac = new AbortController();
  const done = await pipeline(Readable.from(['w']), new PassThrough(), new Writable({ write(c, e, cb) { cb(); } }), { signal: ac.signal });
  log('resolved', fmt(done));
  ac.abort();
  log('abort after completion is harmless');
}
main();
