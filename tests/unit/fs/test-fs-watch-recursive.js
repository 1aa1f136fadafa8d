'use strict';
// fs.watch({ recursive: true }) and fsPromises.watch's node 22 options. Node 20 (the
// oracle for goldens) polls for recursive watches on Linux and has no maxQueue, so these
// are checked against node 22's documented behaviour instead.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-watch-'));
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
fs.mkdirSync(path.join(root, 'sub'));

function waitFor(watcher, name) {
  return new Promise((resolve) => {
    const seen = [];
    const onChange = (type, filename) => {
      seen.push(`${type} ${filename}`);
      if (filename === name) {
        watcher.removeListener('change', onChange);
        resolve(seen);
      }
    };
    watcher.on('change', onChange);
  });
}

(async () => {
  const w = fs.watch(root, { recursive: true });
  assert.strictEqual(w.constructor.name, 'FSWatcher');
  assert.deepStrictEqual(Object.keys(w).sort(), ['_events', '_eventsCount', '_maxListeners']);

  // A file in an existing subdirectory is reported relative to the root.
  let wait = waitFor(w, path.join('sub', 'a.txt'));
  fs.writeFileSync(path.join(root, 'sub', 'a.txt'), 'x');
  await wait;

  // A new directory tree: its directories get watched, so later files are seen too.
  wait = waitFor(w, path.join('sub', 'new', 'deeper'));
  fs.mkdirSync(path.join(root, 'sub', 'new', 'deeper'), { recursive: true });
  await wait;
  wait = waitFor(w, path.join('sub', 'new', 'deeper', 'b.txt'));
  fs.writeFileSync(path.join(root, 'sub', 'new', 'deeper', 'b.txt'), 'x');
  await wait;

  // A removed directory is dropped; recreating it watches it again.
  fs.rmSync(path.join(root, 'sub', 'new'), { recursive: true });
  wait = waitFor(w, path.join('sub', 'new', 'again.txt'));
  fs.mkdirSync(path.join(root, 'sub', 'new'));
  fs.writeFileSync(path.join(root, 'sub', 'new', 'again.txt'), 'x');
  await wait;

  let closed = 0;
  w.on('close', () => closed++);
  w.close();
  w.close();
  await new Promise((r) => setImmediate(r));
  assert.strictEqual(closed, 1);

  // Encodings apply to the relative names.
  const b = fs.watch(root, { recursive: true, encoding: 'buffer' });
  const got = new Promise((resolve) => b.once('change', (type, name) => resolve(name)));
  fs.writeFileSync(path.join(root, 'sub', 'c.txt'), 'x');
  const name = await got;
  assert(Buffer.isBuffer(name));
  b.close();

  // A missing root fails like node's (stat, ENOENT); a file root works.
  assert.throws(() => fs.watch(path.join(root, 'missing'), { recursive: true }),
                { code: 'ENOENT', syscall: 'stat' });
  const f = fs.watch(path.join(root, 'sub', 'c.txt'), { recursive: true });
  const fileEvent = new Promise((resolve) => f.once('change', (type, n) => resolve([type, n])));
  fs.appendFileSync(path.join(root, 'sub', 'c.txt'), 'y');
  assert.deepStrictEqual(await fileEvent, ['change', 'c.txt']);
  f.close();

  // fsPromises.watch: maxQueue/overflow (node 22).
  await assert.rejects(fsp.watch(root, { maxQueue: 'x' }).next(), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fsp.watch(root, { overflow: 'x' }).next(), { code: 'ERR_INVALID_ARG_VALUE' });
  const limited = fsp.watch(root, { maxQueue: 1, overflow: 'error' });
  const first = limited.next();
  await new Promise((r) => setTimeout(r, 20));
  for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(root, `q${i}.txt`), 'x');
  await first;
  await new Promise((r) => setTimeout(r, 50));
  let error;
  try {
    for (;;) await limited.next();
  } catch (err) {
    error = err;
  }
  assert.strictEqual(error.code, 'ERR_FS_WATCH_QUEUE_OVERFLOW');
  assert.strictEqual(error.message, 'fs.watch() queued more than 1 events');

  // Recursive promise watcher.
  const rec = fsp.watch(root, { recursive: true });
  const next = rec.next();
  await new Promise((r) => setTimeout(r, 20));
  fs.writeFileSync(path.join(root, 'sub', 'p.txt'), 'x');
  const { value } = await next;
  assert.strictEqual(value.filename, path.join('sub', 'p.txt'));
  await rec.return();
  console.log('ok');
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
