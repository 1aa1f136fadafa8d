'use strict';
// Recursive readdir's errors: argument validation (readdirSync and fs.readdir check that
// `recursive` is a boolean, fs.promises.readdir takes any value), a base that is missing,
// a file or a dangling link, a base that is a link to a directory, and a walk that meets a
// directory it cannot read partway: a path longer than PATH_MAX. Names are then listed
// but not entered (node stats each entry and the stat fails), while Dirents are entered
// and the read fails with ENAMETOOLONG.
const fs = require('fs');
const path = require('path');
const { dir, scrub, p } = require('./_tmp');

fs.mkdirSync(p('t', 'sub'), { recursive: true });
fs.writeFileSync(p('t', 'sub', 'f'), '');
fs.writeFileSync(p('file'), '');
fs.symlinkSync('missing', p('dangling'));
fs.symlinkSync('t', p('link'));
fs.symlinkSync('link', p('link2'));

const failure = (e) => `${e.name} ${e.code} ${e.syscall ?? ''} ${scrub(e.message)}`;
const show = (label, fn) => {
  try {
    console.log(label, scrub(JSON.stringify(fn())));
  } catch (e) {
    console.log(label, 'threw', failure(e));
  }
};

async function promise(label, path, options) {
  try {
    const list = await fs.promises.readdir(path, options);
    console.log(label, scrub(JSON.stringify(list.map((d) => (typeof d === 'string' ? d : `${d.name}@${d.parentPath}`)))));
  } catch (e) {
    console.log(label, 'rejected', failure(e));
  }
}

(async () => {
  for (const [label, base] of [['missing', p('nope')], ['file', p('file')], ['file/', p('file') + '/'],
    ['dangling link', p('dangling')], ['below a file', p('file', 'x')], ['empty string', '']]) {
    show(`${label} sync`, () => fs.readdirSync(base, { recursive: true }));
    show(`${label} sync dirents`, () => fs.readdirSync(base, { recursive: true, withFileTypes: true }));
    await promise(`${label} promise`, base, { recursive: true });
    await promise(`${label} promise dirents`, base, { recursive: true, withFileTypes: true });
  }
  show('link sync', () => fs.readdirSync(p('link'), { recursive: true }));
  show('link2 sync dirents', () => fs.readdirSync(p('link2'), { recursive: true, withFileTypes: true }).map((d) => `${d.name}@${d.parentPath}`));
  await promise('link promise', p('link'), { recursive: true });
  await promise('link/ promise dirents', p('link') + '/', { recursive: true, withFileTypes: true });

  for (const recursive of [1, 0, 'yes', '', {}, null, undefined, false]) {
    const label = `recursive ${recursive === undefined ? 'undefined' : JSON.stringify(recursive)}`;
    show(`${label} sync`, () => fs.readdirSync(p('t'), { recursive }));
    show(`${label} callback`, () => fs.readdir(p('t'), { recursive }, () => {}));
    await promise(`${label} promise`, p('t'), { recursive });
  }
  for (const [label, base] of [['number', 1], ['null', null], ['object', {}], ['nul byte', p('t') + '\0x'],
    ['http url', new URL('http://example.com/')]]) {
    show(`${label} sync`, () => fs.readdirSync(base, { recursive: true }));
    show(`${label} callback`, () => fs.readdir(base, { recursive: true }, () => {}));
    await promise(`${label} promise`, base, { recursive: true });
  }
  for (const [label, options] of [['bad encoding', { recursive: true, encoding: 'bogus' }], ['number options', 5],
    ['bad string options', 'bogus']]) {
    show(`${label} sync`, () => fs.readdirSync(p('t'), options));
    show(`${label} callback`, () => fs.readdir(p('t'), options, () => {}));
    await promise(`${label} promise`, p('t'), options);
  }
  show('no callback', () => fs.readdir(p('t'), { recursive: true }));

  // A chain of directories whose deepest paths exceed PATH_MAX (4096 bytes), built and
  // removed with relative paths.
  const cwd = process.cwd();
  process.chdir(dir);
  fs.mkdirSync('deep');
  process.chdir('deep');
  const level = 'd'.repeat(200);
  let depth = 0;
  for (; depth < 22; depth++) {
    fs.mkdirSync(level);
    process.chdir(level);
    fs.writeFileSync('f', '');
  }
  process.chdir(cwd);
  const summary = (list) => {
    const lengths = list.map((e) => (typeof e === 'string' ? e.length : path.join(e.parentPath, e.name).length - p('deep').length));
    return `${list.length} entries, longest ${Math.max(...lengths)}`;
  };
  const deepFailure = (e) => `${e.code} ${e.syscall} path of ${e.path.length - dir.length} bytes past the temporary directory`;
  try {
    console.log('deep sync', summary(fs.readdirSync(p('deep'), { recursive: true })));
  } catch (e) {
    console.log('deep sync', deepFailure(e));
  }
  try {
    console.log('deep sync dirents', summary(fs.readdirSync(p('deep'), { recursive: true, withFileTypes: true })));
  } catch (e) {
    console.log('deep sync dirents', deepFailure(e));
  }
  await new Promise((resolve) => fs.readdir(p('deep'), { recursive: true }, (err, list) => {
    console.log('deep callback', err ? deepFailure(err) : summary(list));
    resolve();
  }));
  for (const withFileTypes of [false, true]) {
    try {
      console.log(`deep promise ${withFileTypes}`, summary(await fs.promises.readdir(p('deep'), { recursive: true, withFileTypes })));
    } catch (e) {
      console.log(`deep promise ${withFileTypes}`, deepFailure(e));
    }
  }
  // Removal from the bottom up, each step relative to the current directory.
  process.chdir(p('deep'));
  for (let i = 0; i < depth; i++) process.chdir(level);
  for (let i = 0; i < depth; i++) {
    fs.unlinkSync('f');
    process.chdir('..');
    fs.rmdirSync(level);
  }
  process.chdir(cwd);
})();
