'use strict';
// compat: env=TERM=xterm
// readline/promises' Readline: queued actions, commit(), rollback(), autoCommit and
// validation.
const { Readline } = require('readline/promises');
const { PassThrough, Readable } = require('stream');
const { tryIt } = require('./_helpers');

(async () => {
  const out = new PassThrough();
  let written = [];
  out.on('data', (d) => written.push(d.toString()));
  const r = new Readline(out);
  console.log('chainable', r.cursorTo(1) === r && r.moveCursor(1, 1) === r &&
              r.clearLine(0) === r && r.clearScreenDown() === r);
  r.cursorTo(4, 2).moveCursor(-2, -3).moveCursor(0, 0).clearLine(-1).clearLine(1);
  await new Promise((res) => setImmediate(res));
  console.log('nothing before commit', JSON.stringify(written));
  const result = await r.commit();
  console.log('commit resolves with', result);
  await new Promise((res) => setImmediate(res));
  console.log('committed', JSON.stringify(written));
  written = [];
  r.cursorTo(9).rollback();
  await r.commit();
  await new Promise((res) => setImmediate(res));
  console.log('after rollback', JSON.stringify(written));

  written = [];
  const auto = new Readline(out, { autoCommit: true });
  auto.cursorTo(2, 3).clearScreenDown();
  console.log('autoCommit sync', JSON.stringify(written));
  await new Promise((res) => setImmediate(res));
  console.log('autoCommit next tick', JSON.stringify(written));

  tryIt('not a stream', () => new Readline({}));
  tryIt('readable only', () => new Readline(new Readable({ read() {} })));
  tryIt('autoCommit string', () => new Readline(out, { autoCommit: 'yes' }));
  tryIt('autoCommit null', () => new Readline(out, { autoCommit: null }) instanceof Readline);
  tryIt('cursorTo float', () => r.cursorTo(1.5));
  tryIt('cursorTo string', () => r.cursorTo('1'));
  tryIt('cursorTo y string', () => r.cursorTo(1, '2'));
  tryIt('moveCursor string', () => r.moveCursor('1', 0));
  tryIt('moveCursor dy missing', () => r.moveCursor(1));
  tryIt('clearLine 2', () => r.clearLine(2));
  tryIt('clearLine missing', () => r.clearLine());
  r.rollback();
})();
