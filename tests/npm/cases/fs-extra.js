'use strict';
const fse = require('fs-extra');
const path = require('path');
const { tmpdir, tree, clean } = require('./_tmp');

async function main() {
  const root = tmpdir('fse');
  const src = path.join(root, 'src');
  await fse.ensureDir(path.join(src, 'a/b/c'));
  await fse.outputFile(path.join(src, 'a/b/c/deep.txt'), 'deep\n');
  await fse.outputJson(path.join(src, 'conf.json'), { name: 'x', list: [1, 2, 3] }, { spaces: 2 });
  fse.outputFileSync(path.join(src, 'top.txt'), 'top');
  await fse.ensureSymlink(path.join(src, 'top.txt'), path.join(src, 'link.txt'));
  await fse.ensureFile(path.join(src, 'empty/file'));
  console.log('src', tree(src));
  console.log('readJson', await fse.readJson(path.join(src, 'conf.json')));
  console.log('readJsonSync', fse.readJsonSync(path.join(src, 'conf.json')).list);
  console.log('raw', JSON.stringify(fse.readFileSync(path.join(src, 'conf.json'), 'utf8')));
  console.log('pathExists', await fse.pathExists(src), fse.pathExistsSync(path.join(root, 'nope')));

  const dst = path.join(root, 'dst');
  await fse.copy(src, dst, { filter: (p) => !p.endsWith('empty') });
  console.log('copy', tree(dst));
  fse.copySync(path.join(src, 'top.txt'), path.join(root, 'copied.txt'));
  try {
    await fse.copy(src, path.join(src, 'a/inside'));
  } catch (e) {
    console.log('copy into self:', clean(e.message));
  }
  try {
    await fse.copy(path.join(src, 'top.txt'), path.join(root, 'copied.txt'), { overwrite: false, errorOnExist: true });
  } catch (e) {
    console.log('errorOnExist:', clean(e.message));
  }

  await fse.move(path.join(dst, 'a'), path.join(root, 'moved/a'));
  console.log('moved', tree(path.join(root, 'moved')), await fse.pathExists(path.join(dst, 'a')));
  try {
    await fse.move(path.join(root, 'copied.txt'), path.join(dst, 'top.txt'));
  } catch (e) {
    console.log('move exists:', e.message);
  }
  await fse.move(path.join(root, 'copied.txt'), path.join(dst, 'top.txt'), { overwrite: true });
  fse.moveSync(path.join(dst, 'top.txt'), path.join(dst, 'renamed.txt'));
  console.log('after moves', tree(dst));

  await fse.emptyDir(dst);
  console.log('emptied', tree(dst));
  fse.emptyDirSync(path.join(root, 'fresh'));
  console.log('fresh exists', fse.existsSync(path.join(root, 'fresh')));

  await fse.remove(path.join(root, 'moved'));
  fse.removeSync(path.join(root, 'does-not-exist'));
  await fse.mkdirs(path.join(root, 'x/y'));
  fse.mkdirpSync(path.join(root, 'x/z'));
  console.log('root', tree(root).filter((l) => !l.startsWith('src/')));

  // Promise and callback forms of the re-exported fs functions.
  const st = await fse.stat(path.join(src, 'top.txt'));
  console.log('stat', st.isFile(), st.size);
  fse.readFile(path.join(src, 'top.txt'), 'utf8', (err, text) => {
    console.log('callback readFile', err, text);
    fse.readJson(path.join(src, 'missing.json'), (err2) => {
      console.log('readJson missing', err2.code, err2.syscall);
      fse.writeJsonSync(path.join(root, 'bad.json'), { a: 1 });
      fse.writeFileSync(path.join(root, 'bad.json'), '{ not json');
      try {
        fse.readJsonSync(path.join(root, 'bad.json'));
      } catch (e) {
        console.log('bad json', e.name, clean(e.message));
      }
      console.log('readJsonSync throws:false ->', fse.readJsonSync(path.join(root, 'bad.json'), { throws: false }));
    });
  });
}
main().catch((e) => {
  console.log('FAILED', e);
  process.exitCode = 1;
});
