'use strict';
// Recursive readdir's order and paths, unsorted by the test: readdirSync and fs.readdir
// list breadth first (directories in the order they were found), fs.promises.readdir in
// its own order (each directory's subdirectories read as they are met, the last one read
// listed first). Names are relative to the base; Dirents carry the base path as given at
// the top level (trailing slashes, '.', '..' segments, relative paths) and joined paths
// below it. Bases given as absolute, relative, '.', './', with trailing slashes, as a
// file: URL, and an empty directory.
const fs = require('fs');
const { pathToFileURL } = require('url');
const { dir, scrub, p } = require('./_tmp');

// A tree with files and directories at several depths, and names that sort around each
// other ('a' < 'a b' < 'a.d' < 'ab' < 'b').
for (const d of ['a/aa/aaa', 'a/ab', 'a b', 'a.d/x', 'b/ba', 'c/empty']) {
  fs.mkdirSync(p('t', ...d.split('/')), { recursive: true });
}
for (const f of ['f0', 'a/f1', 'a/aa/f2', 'a/aa/aaa/f3', 'a/ab/f4', 'a b/f5', 'a.d/x/f6', 'b/ba/f7', 'b/f8', 'zz']) {
  fs.writeFileSync(p('t', ...f.split('/')), '');
}
fs.mkdirSync(p('empty'));

const kind = (d) => (d.isDirectory() ? 'd' : d.isFile() ? 'f' : d.isSymbolicLink() ? 'l' : '?');
const names = (list) => JSON.stringify(list);
const dirents = (list) => scrub(list.map((d) => `${d.name}|${d.parentPath}|${d.path}|${kind(d)}`).join('\n  '));

function viaCallback(path, options) {
  return new Promise((resolve) => fs.readdir(path, options, (err, list) => resolve(err || list)));
}

async function all(label, path, options = {}) {
  const list = (l) => (options.withFileTypes ? dirents(l) : names(l));
  console.log(`${label} sync:\n  ${list(fs.readdirSync(path, { ...options, recursive: true }))}`);
  console.log(`${label} callback:\n  ${list(await viaCallback(path, { ...options, recursive: true }))}`);
  console.log(`${label} promise:\n  ${list(await fs.promises.readdir(path, { ...options, recursive: true }))}`);
}

(async () => {
  await all('absolute', p('t'));
  await all('absolute dirents', p('t'), { withFileTypes: true });
  await all('trailing slashes', p('t') + '//');
  await all('trailing slashes dirents', p('t') + '//', { withFileTypes: true });
  await all('dot segments dirents', p('t', 'a', '..', '.', 'b', '..'), { withFileTypes: true });
  await all('url', pathToFileURL(p('t')));
  await all('url dirents', pathToFileURL(p('t') + '/'), { withFileTypes: true });
  await all('empty', p('empty'));
  await all('empty dirents', p('empty'), { withFileTypes: true });
  process.chdir(dir);
  await all('relative', 't');
  await all('relative dirents', 't', { withFileTypes: true });
  await all('relative dot segments', './t/../t/');
  process.chdir(p('t'));
  await all('dot', '.');
  await all('dot dirents', '.', { withFileTypes: true });
  await all('dot slash dirents', './', { withFileTypes: true });
  await all('subdirectory', 'a', { withFileTypes: true });
  process.chdir(p('t', 'a'));
  await all('parent', '..');
  await all('parent dirents', '..', { withFileTypes: true });
  // A string options argument is the encoding.
  console.log('string options', names(fs.readdirSync(p('t', 'b'), 'utf8')));
  console.log('options object', names(fs.readdirSync(p('t', 'b'), { recursive: true, encoding: 'utf-8' })));
  process.chdir(dir);
})();
