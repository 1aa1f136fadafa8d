'use strict';
// fs.opendir / opendirSync / fs.promises.opendir with `recursive: true`, unsorted by the
// test: handing out a directory's Dirent appends that directory's entries to the ones
// still buffered, so the order depends on bufferSize; nested Dirents carry the joined
// directory path as parentPath and path. Symbolic links to directories are listed, not
// entered (the Dir goes by the entry's own type). Read with readSync, read(callback),
// read() promises, for await, entries(), at several buffer sizes (no subdirectory here
// holds more than 3 entries, the smallest bufferSize used: node 20 reads only one batch
// of a subdirectory, node 22 all of it, see
// tests/unit/fs/test-fs-opendir-recursive-node22.js), with other encodings,
// relative and file: URL bases, and without `recursive` for comparison. With 'hex' names
// the joined path of a subdirectory does not exist, and handing out its Dirent fails
// with opendir's ENOENT.
const fs = require('fs');
const { pathToFileURL } = require('url');
const { dir, scrub, p } = require('./_tmp');

for (const d of ['a/aa/aaa', 'a/ab', 'a b', 'b/ba', 'c/empty']) {
  fs.mkdirSync(p('t', ...d.split('/')), { recursive: true });
}
for (const f of ['f0', 'a/f1', 'a/aa/f2', 'a/aa/aaa/f3', 'a/ab/f4', 'a b/f5', 'b/ba/f7', 'b/f8']) {
  fs.writeFileSync(p('t', ...f.split('/')), '');
}
fs.symlinkSync(p('t', 'a'), p('t', 'link-to-a'));
fs.symlinkSync('missing', p('t', 'b', 'dangling'));

const kind = (d) => (d.isDirectory() ? 'd' : d.isFile() ? 'f' : d.isSymbolicLink() ? 'l' : '?');
const show = (d) => scrub(`${typeof d.name === 'string' ? d.name : `<${d.name.toString('hex')}>`}|${d.parentPath}|${d.path}|${kind(d)}`);

function viaSync(base, options) {
  const d = fs.opendirSync(base, options);
  const out = [];
  let e;
  while ((e = d.readSync()) !== null) out.push(show(e));
  d.closeSync();
  return out;
}

function viaCallback(base, options) {
  return new Promise((resolve) => {
    fs.opendir(base, options, (err, d) => {
      if (err) return resolve([`error ${err.code}`]);
      const out = [];
      const next = () => d.read((err2, e) => {
        if (err2) return resolve([...out, `error ${err2.code}`]);
        if (e === null) return d.close(() => resolve(out));
        out.push(show(e));
        next();
      });
      next();
    });
  });
}

async function viaPromise(base, options) {
  const d = await fs.promises.opendir(base, options);
  const out = [];
  let e;
  while ((e = await d.read()) !== null) out.push(show(e));
  await d.close();
  return out;
}

async function viaForAwait(base, options) {
  const out = [];
  for await (const e of await fs.promises.opendir(base, options)) out.push(show(e));
  return out;
}

async function viaEntries(base, options) {
  const out = [];
  for await (const e of fs.opendirSync(base, options).entries()) out.push(show(e));
  return out;
}

async function all(label, base, options) {
  const failure = (e) => [scrub(`error ${e.code} ${e.syscall} ${e.path}`)];
  const results = [];
  for (const [form, fn] of [['sync', viaSync], ['callback', viaCallback], ['promise', viaPromise],
    ['for await', viaForAwait], ['entries', viaEntries]]) {
    try {
      results.push([form, await fn(base, options)]);
    } catch (e) {
      results.push([form, failure(e)]);
    }
  }
  console.log(`${label}:\n  ${results[0][1].join('\n  ')}`);
  for (const [form, list] of results.slice(1)) {
    console.log(`  ${form} ${JSON.stringify(list) === JSON.stringify(results[0][1]) ? 'same' : `differs:\n    ${list.join('\n    ')}`}`);
  }
}

(async () => {
  await all('default bufferSize', p('t'), { recursive: true });
  for (const bufferSize of [3, 4, 5]) {
    await all(`bufferSize ${bufferSize}`, p('t'), { recursive: true, bufferSize });
  }
  await all('not recursive', p('t'), { bufferSize: 2 });
  await all('recursive false', p('t'), { recursive: false });
  await all('trailing slash', p('t') + '/', { recursive: true, bufferSize: 3 });
  await all('dot segments', p('t', 'a', '..', 'b'), { recursive: true });
  await all('file URL', pathToFileURL(p('t', 'a')), { recursive: true });
  await all('hex encoding', p('t', 'b'), { recursive: true, encoding: 'hex' });
  await all('latin1 encoding', p('t', 'a'), { recursive: true, encoding: 'latin1' });
  await all('string options', p('t', 'a'), 'utf8');
  await all('empty directory', p('t', 'c', 'empty'), { recursive: true });
  process.chdir(dir);
  await all('relative', 't/a', { recursive: true });
  await all('relative dot', '.', { recursive: true, bufferSize: 32 });
  console.log('dir.path', scrub(fs.opendirSync(p('t') + '/', { recursive: true }).path));
  console.log('asyncIterator is entries', fs.Dir.prototype[Symbol.asyncIterator] === fs.Dir.prototype.entries,
              Object.getOwnPropertyDescriptor(fs.Dir.prototype, Symbol.asyncIterator).enumerable);
})();
