'use strict';
// stream/promises finished(): resolve, reject, the signal and cleanup options;
// util.promisify(stream.finished) is the same function.
const stream = require('stream');
const { finished } = require('stream/promises');
const util = require('util');
const { log, fmt, delay } = require('./_helpers');

async function main() {
  log('promisify', util.promisify(stream.finished) === finished, util.promisify(stream.pipeline) === require('stream/promises').pipeline);
  log('stream.promises', stream.promises === require('stream/promises'));

  const r = stream.Readable.from(['a']);
  r.resume();
  log('resolved', fmt(await finished(r)));

  const e = new stream.Readable({ read() {} });
  delay(() => e.destroy(new Error('late')), 1);
  e.on('error', () => {});
  try {
    await finished(e);
  } catch (err) {
    log('rejected', fmt(err));
  }

  const ac = new AbortController();
  const p = new stream.PassThrough();
  delay(() => ac.abort(), 1);
  try {
    await finished(p, { signal: ac.signal });
  } catch (err) {
    log('aborted', fmt(err), 'stream destroyed?', p.destroyed);
  }

  const aborted = AbortSignal.abort('why');
  try {
    await finished(new stream.PassThrough(), { signal: aborted });
  } catch (err) {
    log('pre-aborted', fmt(err), 'cause', fmt(err.cause));
  }

  const c = new stream.PassThrough();
  const before = c.listenerCount('end');
  const done = finished(c, { cleanup: true });
  c.end();
  c.resume();
  await done;
  log('cleanup removed listeners', c.listenerCount('end') === before);
  try {
    await finished(c, { cleanup: 'yes' });
  } catch (err) {
    log('bad cleanup', fmt(err));
  }
}
main();
