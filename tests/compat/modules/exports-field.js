// package.json "exports": subpaths, patterns, conditions, null targets.
const path = require('path');
const base = { paths: [path.join(__dirname, 'fixtures')] };
const rel = (p) => path.relative(__dirname, p);
const show = (label, fn) => {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.code, e.message.replace(__dirname, '<dir>').split('\n')[0]);
  }
};
const load = (id) => require(require.resolve(id, base));
show('main with require condition', () => rel(require.resolve('exp', base)));
show('main loads', () => load('exp'));
show('subpath', () => load('exp/feature'));
show('pattern', () => load('exp/lib/util'));
show('null target', () => require.resolve('exp/lib/private/x', base));
show('not exported', () => require.resolve('exp/feature/index.js', base));
show('package.json exported', () => rel(require.resolve('exp/package.json', base)));
show('nested conditions', () => load('cond'));
show('self reference', () => load('selfref'));
show('imports', () => load('imports-pkg'));
