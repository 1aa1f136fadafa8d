'use strict';
// fs.cpSync: argument validation and the ERR_FS_CP_* conditions, with the SystemError
// details (info, errno, syscall, path).
const fs = require('fs');
const { p, scrub } = require('./_tmp');

function show(label, fn) {
  try {
    const v = fn();
    console.log(label, 'ok', v === undefined ? '' : scrub(v));
  } catch (e) {
    console.log(label, e.name, e.code, scrub(e.message));
    if (e.info) {
      console.log('  info', scrub(JSON.stringify(e.info)), Object.keys(e).join(),
                  e.errno, e.syscall, scrub(e.path), e instanceof Error, scrub(String(e)));
    }
  }
}

fs.mkdirSync(p('src/a/b'), { recursive: true });
fs.writeFileSync(p('src/f'), 'f');
fs.writeFileSync(p('src/a/g'), 'g');
fs.writeFileSync(p('file'), 'file');

// Arguments.
show('no args', () => fs.cpSync());
show('src number', () => fs.cpSync(1, p('x')));
show('dest null', () => fs.cpSync(p('file'), null));
show('src null byte', () => fs.cpSync('a\u0000b', p('x')));
show('dest object', () => fs.cpSync(p('file'), {}));
show('options number', () => fs.cpSync(p('file'), p('x'), 5));
show('options string', () => fs.cpSync(p('file'), p('x'), 'utf8'));
show('options null', () => fs.cpSync(p('file'), p('x'), null));
show('options array', () => fs.cpSync(p('file'), p('x'), []));
show('options before paths', () => fs.cpSync(1, 2, 3));
for (const key of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
  show(`${key} string`, () => fs.cpSync(p('file'), p('x'), { [key]: 'yes' }));
  show(`${key} null`, () => fs.cpSync(p('file'), p('x'), { [key]: null }));
}
show('booleans in order', () => fs.cpSync(p('file'), p('x'), { verbatimSymlinks: 1, dereference: 1 }));
show('mode 8', () => fs.cpSync(p('file'), p('x'), { mode: 8 }));
show('mode -1', () => fs.cpSync(p('file'), p('x'), { mode: -1 }));
show('mode 1.5', () => fs.cpSync(p('file'), p('x'), { mode: 1.5 }));
show('mode string', () => fs.cpSync(p('file'), p('x'), { mode: '1' }));
show('mode bigint', () => fs.cpSync(p('file'), p('x'), { mode: 1n }));
show('mode null', () => fs.cpSync(p('file'), p('m0'), { mode: null }));
show('mode before pair', () => fs.cpSync(p('file'), p('x'), { mode: 9, dereference: true, verbatimSymlinks: true }));
show('option pair', () => fs.cpSync(p('file'), p('x'), { dereference: true, verbatimSymlinks: true }));
show('filter string', () => fs.cpSync(p('file'), p('x'), { filter: 'x' }));
show('filter null', () => fs.cpSync(p('file'), p('x'), { filter: null }));
show('filter after pair', () => fs.cpSync(p('file'), p('x'), { filter: 1, dereference: true, verbatimSymlinks: true }));
show('inherited option ignored', () => fs.cpSync(p('file'), p('inh'), Object.create({ recursive: 'x' })));
show('buffer src', () => fs.cpSync(Buffer.from(p('file')), p('x')));
show('x created?', () => fs.existsSync(p('x')));

// Conditions.
show('missing src', () => fs.cpSync(p('nope'), p('x')));
show('same file', () => fs.cpSync(p('file'), p('file')));
show('same dir', () => fs.cpSync(p('src'), p('src'), { recursive: true }));
show('same through ..', () => fs.cpSync(p('src'), p('src/a/..'), { recursive: true }));
show('into own subdirectory', () => fs.cpSync(p('src'), p('src/a/b/c'), { recursive: true }));
show('into own subdirectory (no recursive)', () => fs.cpSync(p('src'), p('src/c')));
show('sibling with prefix is fine', () => {
  fs.cpSync(p('src'), p('src2'), { recursive: true });
  return fs.readdirSync(p('src2')).sort().join();
});
show('dir to file', () => fs.cpSync(p('src'), p('file'), { recursive: true }));
show('file to dir', () => fs.cpSync(p('file'), p('src/a')));
show('dir without recursive', () => fs.cpSync(p('src'), p('fresh')));
show('errorOnExist', () => fs.cpSync(p('file'), p('src/f'), { force: false, errorOnExist: true }));
show('nested dir over file', () => {
  fs.mkdirSync(p('clash/a'), { recursive: true });
  fs.writeFileSync(p('clash/a/b'), 'not a dir');
  fs.cpSync(p('src'), p('clash'), { recursive: true });
});
show('nested file over dir', () => {
  fs.mkdirSync(p('clash2/f'), { recursive: true });
  fs.cpSync(p('src'), p('clash2'), { recursive: true });
});
show('nested errorOnExist', () => {
  fs.mkdirSync(p('clash3'));
  fs.writeFileSync(p('clash3/f'), 'mine');
  fs.cpSync(p('src'), p('clash3'), { recursive: true, force: false, errorOnExist: true });
});
show('dest under a file', () => fs.cpSync(p('src/f'), p('file/sub/x')));
show('dest parent is a file', () => fs.cpSync(p('src/f'), p('file/x')));

// Through symbolic links.
fs.symlinkSync(p('src'), p('to-src'));
fs.symlinkSync(p('src/a'), p('to-a'));
show('into self through link', () => fs.cpSync(p('src'), p('to-src/new'), { recursive: true }));
show('into self through link, deeper', () => fs.cpSync(p('src'), p('to-src/a/new'), { recursive: true }));
show('link to dir, no deref', () => {
  fs.cpSync(p('to-a'), p('copy-of-link'));
  return fs.readlinkSync(p('copy-of-link'));
});
show('link to dir, deref, no recursive', () => fs.cpSync(p('to-a'), p('deref-a'), { dereference: true }));
show('link deref into itself', () => fs.cpSync(p('to-a'), p('src/a/in'), { dereference: true, recursive: true }));
show('link deref same', () => fs.cpSync(p('to-a'), p('src/a'), { dereference: true, recursive: true }));

fs.mkdirSync(p('x/sub'), { recursive: true });
fs.writeFileSync(p('t1'), '1');
fs.writeFileSync(p('t2'), '2');
fs.symlinkSync(p('x'), p('l-x'));
fs.symlinkSync(p('x/sub'), p('l-sub'));
fs.symlinkSync(p('x'), p('l-x2'));
fs.symlinkSync(p('t1'), p('l-t1'));
fs.symlinkSync(p('t2'), p('l-t2'));
show('link over link to same target', () => fs.cpSync(p('l-x'), p('l-x2')));
show('link over link into target', () => fs.cpSync(p('l-x'), p('l-sub')));
show('link over link to parent', () => fs.cpSync(p('l-sub'), p('l-x')));
show('link over other link', () => {
  fs.cpSync(p('l-t1'), p('l-t2'));
  return fs.readlinkSync(p('l-t2'));
});
show('link over file', () => fs.cpSync(p('l-t1'), p('t2')));
show('file over link', () => {
  fs.cpSync(p('t1'), p('l-t2'));
  return `${fs.lstatSync(p('l-t2')).isFile()} ${fs.readFileSync(p('t1'), 'utf8')}`;
});
show('dangling link', () => {
  fs.symlinkSync(p('gone'), p('dangling'));
  fs.cpSync(p('dangling'), p('dangling-copy'));
  return fs.readlinkSync(p('dangling-copy'));
});
show('dangling link deref', () => fs.cpSync(p('dangling'), p('dangling-deref'), { dereference: true }));
show('relative link in tree', () => {
  fs.mkdirSync(p('rel'));
  fs.symlinkSync('../t1', p('rel/up'));
  fs.cpSync(p('rel'), p('rel-copy'), { recursive: true });
  fs.cpSync(p('rel'), p('rel-verbatim'), { recursive: true, verbatimSymlinks: true });
  return `${fs.readlinkSync(p('rel-copy/up'))} ${fs.readlinkSync(p('rel-verbatim/up'))}`;
});
show('tree with link over existing link into src', () => {
  fs.mkdirSync(p('tl/src/d'), { recursive: true });
  fs.symlinkSync(p('tl/src/d'), p('tl/src/ln'));
  fs.mkdirSync(p('tl/dst'));
  fs.symlinkSync(p('tl/src'), p('tl/dst/ln'));
  fs.cpSync(p('tl/src'), p('tl/dst'), { recursive: true });
});
