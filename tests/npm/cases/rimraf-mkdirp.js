'use strict';
const { rimraf, rimrafSync, native, manual, moveRemove } = require('rimraf');
const { mkdirp, mkdirpSync, mkdirpNative, mkdirpManual } = require('mkdirp');
const fs = require('fs');
const path = require('path');
const { tmpdir, tree, clean } = require('./_tmp');

const root = tmpdir('rimraf');

function fill(dir) {
  for (const f of ['a/b/c.txt', 'a/d/e/f.txt', 'g.txt']) {
    fs.mkdirSync(path.join(dir, path.dirname(f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), f);
  }
  fs.symlinkSync('a', path.join(dir, 'link'));
}

async function main() {
  console.log('mkdirp', clean(await mkdirp(path.join(root, 'm/n/o'))));
  console.log('mkdirp again', await mkdirp(path.join(root, 'm/n/o')));
  console.log('mkdirpSync', clean(mkdirpSync(path.join(root, 'm/p/q'), 0o755)));
  console.log('native', clean(await mkdirpNative(path.join(root, 'nat/1'))));
  console.log('manual', clean(await mkdirpManual(path.join(root, 'man/1/2'))));
  fs.writeFileSync(path.join(root, 'file'), '');
  try {
    await mkdirp(path.join(root, 'file/sub'));
  } catch (e) {
    console.log('mkdirp under file', e.code, e.syscall);
  }
  try {
    mkdirpManual.sync(path.join(root, 'file/sub'));
  } catch (e) {
    console.log('manual sync under file', e.code, e.syscall);
  }
  console.log(tree(root));

  for (const [name, fn] of [['rimraf', rimraf], ['native', native], ['manual', manual], ['moveRemove', moveRemove]]) {
    const dir = path.join(root, `rm-${name}`);
    fill(dir);
    console.log(name, await fn(dir), fs.existsSync(dir));
  }
  const dir = path.join(root, 'rm-sync');
  fill(dir);
  console.log('sync', rimrafSync(dir), fs.existsSync(dir));
  // A filter that keeps f.txt and so every directory above it.
  fill(path.join(root, 'rm-filter'));
  console.log('filter', await rimraf(path.join(root, 'rm-filter'), { filter: (p) => !p.endsWith('f.txt') }));
  console.log(tree(path.join(root, 'rm-filter')));
  fill(path.join(root, 'rm-glob'));
  console.log('glob', await rimraf(path.join(root, 'rm-glob/**/*.txt'), { glob: true }));
  console.log(tree(path.join(root, 'rm-glob')));
  console.log('missing', await rimraf(path.join(root, 'nope')));
  try {
    await rimraf(path.join(root, 'bad\0path'));
  } catch (e) {
    console.log('null byte', e.name, e.code, clean(e.message));
  }
}
main().catch((e) => {
  console.log('FAILED', e);
  process.exitCode = 1;
});
