'use strict';
// fs.readdir(path, { recursive: true }, callback) as node 22 has it (node 20, the golden
// tests' oracle, walks synchronously and throws instead of calling back): the callback
// is never called synchronously, the event loop runs while the directories are read (one
// read of each directory on the thread pool), the result is the synchronous form's, in
// the same order, errors of the walk go to the callback, and
// an exception while joining names (Buffer names, which path.join refuses) escapes as an
// uncaught exception, as in node 22.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-readdir-'));
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const p = (...parts) => path.join(root, ...parts);

// Thirty directories in a chain and thirty side by side, with a file in each.
let chain = p('chain');
for (let i = 0; i < 30; i++) {
  chain = path.join(chain, `c${i}`);
  fs.mkdirSync(chain, { recursive: true });
  fs.writeFileSync(path.join(chain, 'f'), '');
  fs.mkdirSync(p('wide', `w${i}`), { recursive: true });
  fs.writeFileSync(p('wide', `w${i}`, 'f'), '');
}
fs.mkdirSync(p('bad'));
fs.mkdirSync(Buffer.concat([Buffer.from(p('bad') + '/'), Buffer.from([0x62, 0xff])]));
// Ten directories side by side after one that cannot be read as a Dirent, then another.
fs.mkdirSync(p('twobad'));
fs.mkdirSync(Buffer.concat([Buffer.from(p('twobad') + '/'), Buffer.from([0x61, 0xff])]));
for (let i = 0; i < 10; i++) fs.mkdirSync(p('twobad', `m${i}`));
fs.mkdirSync(Buffer.concat([Buffer.from(p('twobad') + '/'), Buffer.from([0x7a, 0xff])]));

function readdir(dir, options) {
  return new Promise((resolve) => {
    let sync = true;
    let turns = 0;
    const tick = () => {
      turns++;
      immediate = setImmediate(tick);
    };
    let immediate = setImmediate(tick);
    fs.readdir(dir, options, (err, list) => {
      clearImmediate(immediate);
      resolve({ err, list, sync, turns });
    });
    sync = false;
  });
}

(async () => {
  for (const base of ['chain', 'wide']) {
    for (const withFileTypes of [false, true]) {
      const options = { recursive: true, withFileTypes };
      const r = await readdir(p(base), options);
      assert.ifError(r.err);
      assert.strictEqual(r.sync, false);
      // Each directory is its own read on the thread pool, and the loop turns while they
      // run: in the chain each read waits for the one before it; side by side, a few
      // reads run at once.
      const minTurns = base === 'chain' ? 30 : 4;
      assert.ok(r.turns >= minTurns, `${base}: ${r.turns} turns of the loop during the walk`);
      assert.strictEqual(r.list.length, 60);
      // Same result, in the same order, as the synchronous form.
      const expected = fs.readdirSync(p(base), options);
      const show = (l) => l.map((e) => (withFileTypes ? `${e.parentPath}/${e.name}:${e.isDirectory()}` : e));
      assert.deepStrictEqual(show(r.list), show(expected));
    }
  }

  // Errors of the walk reach the callback.
  let r = await readdir(p('missing'), { recursive: true });
  assert.strictEqual(r.sync, false);
  assert.strictEqual(r.err.code, 'ENOENT');
  assert.strictEqual(r.err.syscall, 'scandir');
  assert.strictEqual(r.list, undefined);
  r = await readdir(p('chain', 'c0', 'f'), { recursive: true, withFileTypes: true });
  assert.strictEqual(r.err.code, 'ENOTDIR');
  // A directory whose name is not UTF-8: listed but not entered by name, an error as a
  // Dirent (the joined name does not exist).
  r = await readdir(p('bad'), { recursive: true });
  assert.ifError(r.err);
  assert.deepStrictEqual(r.list, ['b\ufffd']);
  r = await readdir(p('bad'), { recursive: true, withFileTypes: true });
  assert.strictEqual(r.err.code, 'ENOENT');
  assert.strictEqual(r.err.path, p('bad', 'b\ufffd'));

  // The first failure in the walk's order is the one reported, whichever read ends first
  // (both forms read several directories at once).
  for (let i = 0; i < 5; i++) {
    r = await readdir(p('twobad'), { recursive: true, withFileTypes: true });
    assert.strictEqual(r.err.path, p('twobad', 'a\ufffd'));
    await assert.rejects(fs.promises.readdir(p('twobad'), { recursive: true, withFileTypes: true }),
                         { code: 'ENOENT', path: p('twobad', 'a\ufffd') });
  }

  // Validation still throws synchronously.
  assert.throws(() => fs.readdir(p('chain'), { recursive: 1 }, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });

  // path.join's TypeError for Buffer names escapes from the walk.
  const uncaught = new Promise((resolve) => process.once('uncaughtException', resolve));
  let called = false;
  fs.readdir(p('wide'), { recursive: true, encoding: 'buffer' }, () => { called = true; });
  const err = await uncaught;
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  assert.strictEqual(called, false);
  console.log('ok');
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
