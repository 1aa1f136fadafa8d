'use strict';
// fs.cpSync: files, directory trees, symbolic links and the copy options.
const fs = require('fs');
const path = require('path');
const { show, p, scrub } = require('./_tmp');

// A sorted listing of a tree: type, mode bits, contents or link target.
function tree(root) {
  const out = [];
  (function walk(rel) {
    const full = path.join(root, rel);
    const st = fs.lstatSync(full);
    const mode = (st.mode & 0o777).toString(8);
    if (st.isSymbolicLink()) {
      out.push(`${rel} -> ${scrub(fs.readlinkSync(full))}`);
    } else if (st.isDirectory()) {
      if (rel !== '') out.push(`${rel}/ ${mode}`);
      for (const name of fs.readdirSync(full).sort()) walk(path.join(rel, name));
    } else {
      out.push(`${rel} ${mode} ${JSON.stringify(fs.readFileSync(full, 'utf8'))}`);
    }
  })('');
  return out.join(', ');
}

fs.mkdirSync(p('src/a/b'), { recursive: true });
fs.mkdirSync(p('src/empty'));
fs.writeFileSync(p('src/top.txt'), 'top');
fs.writeFileSync(p('src/a/one.js'), 'one');
fs.writeFileSync(p('src/a/b/two.js'), 'two');
fs.writeFileSync(p('src/a/b/.hidden'), 'h');
fs.chmodSync(p('src/a/one.js'), 0o600);
fs.chmodSync(p('src/a/b'), 0o750);
fs.symlinkSync('one.js', p('src/a/rel-link'));
fs.symlinkSync(p('src/top.txt'), p('src/abs-link'));
fs.symlinkSync('a/b', p('src/dir-link'));

show('file', () => fs.cpSync(p('src/top.txt'), p('out/file.txt')));
show('file tree', () => tree(p('out')));
show('file to existing (force)', () => {
  fs.writeFileSync(p('out/other.txt'), 'old');
  fs.cpSync(p('src/top.txt'), p('out/other.txt'));
  return fs.readFileSync(p('out/other.txt'), 'utf8');
});
show('force false keeps', () => {
  fs.writeFileSync(p('out/keep.txt'), 'keep');
  fs.cpSync(p('src/top.txt'), p('out/keep.txt'), { force: false });
  return fs.readFileSync(p('out/keep.txt'), 'utf8');
});
show('errorOnExist', () => fs.cpSync(p('src/top.txt'), p('out/keep.txt'), { force: false, errorOnExist: true }));
show('errorOnExist ignored with force', () => fs.cpSync(p('src/top.txt'), p('out/keep.txt'), { errorOnExist: true }));
show('COPYFILE_EXCL', () => fs.cpSync(p('src/top.txt'), p('out/keep.txt'), { mode: fs.constants.COPYFILE_EXCL }));
show('COPYFILE_EXCL new', () => fs.cpSync(p('src/top.txt'), p('out/excl.txt'), { mode: fs.constants.COPYFILE_EXCL }));
show('dir without recursive', () => fs.cpSync(p('src'), p('out/tree')));
show('dir recursive', () => fs.cpSync(p('src'), p('out/tree'), { recursive: true }));
show('tree', () => tree(p('out/tree')));
show('into existing dir', () => {
  fs.mkdirSync(p('out/merge'));
  fs.writeFileSync(p('out/merge/top.txt'), 'mine');
  fs.writeFileSync(p('out/merge/extra'), 'extra');
  fs.cpSync(p('src'), p('out/merge'), { recursive: true, force: false });
  return tree(p('out/merge'));
});
show('verbatimSymlinks', () => {
  fs.cpSync(p('src/a'), p('out/verbatim'), { recursive: true, verbatimSymlinks: true });
  return tree(p('out/verbatim'));
});
show('dereference', () => {
  fs.cpSync(p('src'), p('out/deref'), { recursive: true, dereference: true });
  return tree(p('out/deref'));
});
show('link itself', () => {
  fs.cpSync(p('src/dir-link'), p('out/just-link'));
  return tree(p('out')).split(', ').filter((l) => l.startsWith('just-link')).join();
});
show('link deref', () => {
  fs.cpSync(p('src/a/rel-link'), p('out/link-deref'), { dereference: true });
  return fs.lstatSync(p('out/link-deref')).isFile();
});
show('filter', () => {
  const seen = [];
  fs.cpSync(p('src'), p('out/filtered'), {
    recursive: true,
    filter(from, to) {
      seen.push(`${scrub(from)} => ${scrub(to)}`);
      return !from.endsWith('.js') && !from.endsWith('empty');
    },
  });
  return `${seen.sort().join('; ')} || ${tree(p('out/filtered'))}`;
});
show('filter false at top', () => {
  fs.cpSync(p('src'), p('out/none'), { recursive: true, filter: () => 0 });
  return fs.existsSync(p('out/none'));
});
show('filter this', () => {
  let self;
  fs.cpSync(p('src/top.txt'), p('out/this.txt'), { filter() { self = this; return true; } });
  return [typeof self, self.recursive, self.force, self.mode, Object.keys(self).sort().join()].join(' ');
});
show('filter promise', () => fs.cpSync(p('src/top.txt'), p('out/p.txt'), { filter: async () => true }));
show('filter throws', () => fs.cpSync(p('src'), p('out/throws'), { recursive: true, filter() { throw new RangeError('nope'); } }));
show('missing parents created', () => {
  fs.cpSync(p('src/a/b'), p('out/deep/er/b'), { recursive: true });
  return tree(p('out/deep'));
});
show('preserveTimestamps', () => {
  fs.writeFileSync(p('src-ro'), 'ro');
  fs.utimesSync(p('src-ro'), new Date(1000000000000), new Date(1100000000000));
  fs.chmodSync(p('src-ro'), 0o444);
  fs.cpSync(p('src-ro'), p('out/ro'), { preserveTimestamps: true });
  const st = fs.statSync(p('out/ro'));
  return [st.mtimeMs, (st.mode & 0o777).toString(8)].join(' ');
});
show('no preserveTimestamps', () => fs.statSync(p('out/file.txt')).mtimeMs !== fs.statSync(p('src/top.txt')).mtimeMs || 'same');
show('file url', () => {
  const { pathToFileURL } = require('url');
  fs.cpSync(pathToFileURL(p('src/top.txt')), pathToFileURL(p('out/url.txt')));
  return fs.readFileSync(p('out/url.txt'), 'utf8');
});
show('returns', () => fs.cpSync(p('src/top.txt'), p('out/ret.txt'), undefined));
show('dev null', () => {
  fs.cpSync('/dev/null', p('out/null'));
  return fs.statSync(p('out/null')).size;
});
