// Flags: --expose-internals
'use strict';
// readdir's withFileTypes for entries whose type the file system did not report
// (DT_UNKNOWN: none of the file systems here produce it, so the listing is given to the
// functions that build the Dirents): such entries are lstatted, and a failed lstat (the
// entry went away since the directory was read) is the listing's error, as in node,
// never swallowed into a Dirent of unknown type. Names and directories given as Buffers
// are joined as bytes; a Buffer directory with string names fails as in node.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const {
  constants: { UV_DIRENT_UNKNOWN, UV_DIRENT_FILE },
  getDirents,
  getDirentsCallback,
} = require('internal/fs/utils');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-dirents-'));
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
fs.mkdirSync(path.join(root, 'sub'));
fs.writeFileSync(path.join(root, 'file'), '');
fs.symlinkSync('file', path.join(root, 'link'));

const U = UV_DIRENT_UNKNOWN;
const kinds = (list) => list.map((d) => `${d.name}:${d.isDirectory() ? 'd' : d.isFile() ? 'f' : d.isSymbolicLink() ? 'l' : '?'}`);

// Resolved by lstat: a directory, a file, a link (not followed), next to a known type.
const ok = getDirents(root, ['sub', 'file', 'link', 'known'], [U, U, U, UV_DIRENT_FILE], fs.lstatSync);
assert.deepStrictEqual(kinds(ok), ['sub:d', 'file:f', 'link:l', 'known:f']);
assert.strictEqual(ok[0].parentPath, root);
assert.strictEqual(ok[0].path, root);

// A vanished entry: lstat's ENOENT, with the joined path.
assert.throws(() => getDirents(root, ['file', 'gone'], [U, U], fs.lstatSync), {
  code: 'ENOENT', syscall: 'lstat', path: path.join(root, 'gone'),
});

// Buffer names are joined as bytes; a Buffer directory with a string name cannot be.
const bufs = getDirents(root, [Buffer.from('sub')], [U], fs.lstatSync);
assert.ok(Buffer.isBuffer(bufs[0].name) && bufs[0].isDirectory());
const both = getDirents(Buffer.from(root), [Buffer.from('file')], [U], fs.lstatSync);
assert.ok(both[0].isFile());
assert.throws(() => getDirents(Buffer.from(root), ['file'], [U], fs.lstatSync), { code: 'ERR_INVALID_ARG_TYPE' });
// Known types need no join.
assert.strictEqual(getDirents(Buffer.from(root), ['file'], [UV_DIRENT_FILE], fs.lstatSync)[0].isFile(), true);

let pending = 0;
function callbackCase(dir, names, types, check) {
  pending++;
  let calls = 0;
  let sync = true;
  getDirentsCallback(dir, names, types, fs.lstat, (err, list) => {
    calls++;
    check(err, list, sync);
    setTimeout(() => {
      assert.strictEqual(calls, 1);
      pending--;
    }, 50);
  });
  sync = false;
}

callbackCase(root, ['sub', 'file', 'link', 'known'], [U, U, U, UV_DIRENT_FILE], (err, list, sync) => {
  assert.ifError(err);
  assert.strictEqual(sync, false);
  assert.deepStrictEqual(kinds(list), ['sub:d', 'file:f', 'link:l', 'known:f']);
});
// Two vanished entries: one callback, with the error of one of them.
callbackCase(root, ['gone1', 'file', 'gone2'], [U, U, U], (err, list) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'lstat');
  assert.strictEqual(list, undefined);
});
// Nothing to lstat: at once.
callbackCase(root, ['a', 'b'], [UV_DIRENT_FILE, UV_DIRENT_FILE], (err, list, sync) => {
  assert.ifError(err);
  assert.strictEqual(sync, true);
  assert.deepStrictEqual(kinds(list), ['a:f', 'b:f']);
});
// A join that fails: at once.
callbackCase(Buffer.from(root), ['file'], [U], (err, list, sync) => {
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  assert.strictEqual(sync, true);
});

process.on('exit', () => assert.strictEqual(pending, 0));

// End to end: the binding's listings are made to report every type as unknown, and an
// entry is removed between the read and the lstats. readdirSync throws lstat's ENOENT,
// fs.readdir and fs.promises.readdir report it, and a Dir's read fails with it.
const { internalBinding } = require('internal/test/binding');
const binding = internalBinding('fs');
const realReaddir = binding.readdir;
const realReadDir = binding.readDir;
const doomed = path.join(root, 'doomed');
const unknownTypes = (result) => {
  if (fs.existsSync(doomed)) fs.unlinkSync(doomed);
  result[1] = result[1].map(() => U);
  return result;
};
binding.readdir = (dirPath, withTypes, bytes, req) => {
  if (!withTypes) return realReaddir(dirPath, withTypes, bytes, req);
  if (req === undefined) return unknownTypes(realReaddir(dirPath, withTypes, bytes, req));
  return realReaddir(dirPath, withTypes, bytes, {
    oncomplete: (err, result) => req.oncomplete(err, err ? result : unknownTypes(result)),
  });
};
// A Dir's batches are [names, types] like readdir's with types, or null at the end.
const unknownBatch = (batch) => (batch === null ? batch : unknownTypes(batch));
binding.readDir = (handle, count, bytes, req) => {
  if (req === undefined) return unknownBatch(realReadDir(handle, count, bytes, req));
  return realReadDir(handle, count, bytes, {
    oncomplete: (err, batch) => req.oncomplete(err, err ? batch : unknownBatch(batch)),
  });
};
const lstatGone = { code: 'ENOENT', syscall: 'lstat', path: doomed };

fs.writeFileSync(doomed, '');
assert.throws(() => fs.readdirSync(root, { withFileTypes: true }), lstatGone);
// Without a vanished entry the types come from lstat.
assert.deepStrictEqual(kinds(fs.readdirSync(root, { withFileTypes: true })).sort(),
                       ['file:f', 'link:l', 'sub:d']);
const dir = fs.opendirSync(root);
const seen = [];
let entry;
while ((entry = dir.readSync()) !== null) seen.push(entry);
dir.closeSync();
assert.deepStrictEqual(kinds(seen).sort(), ['file:f', 'link:l', 'sub:d']);

fs.writeFileSync(doomed, '');
const vanishedDir = fs.opendirSync(root, { bufferSize: 8 });
assert.throws(() => vanishedDir.readSync(), lstatGone);
vanishedDir.closeSync();

pending++;
fs.writeFileSync(doomed, '');
fs.readdir(root, { withFileTypes: true }, (err, list) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.path, doomed);
  assert.strictEqual(list, undefined);
  fs.readdir(root, { withFileTypes: true }, (err2, list2) => {
    assert.ifError(err2);
    assert.deepStrictEqual(kinds(list2).sort(), ['file:f', 'link:l', 'sub:d']);
    fs.writeFileSync(doomed, '');
    fs.promises.readdir(root, { withFileTypes: true }).then(
      () => assert.fail('resolved'),
      async (err3) => {
        assert.strictEqual(err3.code, 'ENOENT');
        fs.writeFileSync(doomed, '');
        const d = await fs.promises.opendir(root, { bufferSize: 8 });
        await assert.rejects(d.read(), lstatGone);
        await d.close();
        binding.readdir = realReaddir;
        binding.readDir = realReadDir;
        pending--;
      });
  });
});
