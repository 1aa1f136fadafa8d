// Which error the callback forms report first when the path, the options and the callback
// are wrong together (node checks access's mode natively, after the callback, and
// realpath.native takes a missing callback from its options argument).
'use strict';
const fs = require('fs');
const { p } = require('./_tmp');

const none = p('none');
const fns = {
  readFile: (a, o, c) => fs.readFile(a, o, c),
  writeFile: (a, o, c) => fs.writeFile(a, 'x', o, c),
  appendFile: (a, o, c) => fs.appendFile(a, 'x', o, c),
  readdir: (a, o, c) => fs.readdir(a, o, c),
  realpath: (a, o, c) => fs.realpath(a, o, c),
  realpathNative: (a, o, c) => fs.realpath.native(a, o, c),
  readlink: (a, o, c) => fs.readlink(a, o, c),
  mkdtemp: (a, o, c) => fs.mkdtemp(a, o, c),
  opendir: (a, o, c) => fs.opendir(a, o, c),
  stat: (a, o, c) => fs.stat(a, o, c),
  statfs: (a, o, c) => fs.statfs(a, o, c),
  cp: (a, o, c) => fs.cp(a, p('cpdst'), o, c),
  copyFile: (a, o, c) => fs.copyFile(a, p('cpdst'), o, c),
  access: (a, o, c) => fs.access(a, o, c),
  open: (a, o, c) => fs.open(a, 'r', o, c),
  chmod: (a, o, c) => fs.chmod(a, o, c),
  symlink: (a, o, c) => fs.symlink(a, p('sl'), o, c),
  utimes: (a, o, c) => fs.utimes(a, o, o, c),
};
const badOptions = { encoding: 'bogus', bufferSize: 0, recursive: 'x', mode: 'x', filter: 1 };
const t = (label, fn) => {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.code, e.message);
  }
};
for (const [name, f] of Object.entries(fns)) {
  t(`${name} bad path, bad options, no callback`, () => f(1, badOptions, undefined));
  t(`${name} bad path, no callback`, () => f(1, {}, undefined));
  t(`${name} bad options, no callback`, () => f(none, badOptions, undefined));
  t(`${name} bad path, bad options`, () => f(1, badOptions, () => {}));
  t(`${name} string options, no callback`, () => f(none, 'bogus', undefined));
}
t('realpath.native(path, fn1, fn2) uses fn2', () => fs.realpath.native(none, () => console.log('fn1'), (e) => console.log('fn2', e.code)));

// fs.promises.rmdir checks its options before the deprecation warning of a recursive rmdir.
process.on('warning', (w) => console.log('warning', w.code));
fs.promises.rmdir(none, { recursive: 'x', maxRetries: 1 }).catch((e) => console.log('promises.rmdir', e.code, e.message));
