// Resolution of relative paths, extensions, directories and node_modules.
const path = require('path');
const fx = (p) => path.relative(__dirname, p);
const show = (label, fn) => {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.code, e.message.split('\n')[0]);
  }
};
show('simple', () => require('./fixtures/node_modules/simple'));
show('by name from fixtures', () => require(require.resolve('simple', { paths: [path.join(__dirname, 'fixtures')] })));
show('withmain', () => require('./fixtures/node_modules/withmain'));
show('dir index', () => require('./fixtures/dir-index'));
show('dir pkg main', () => require('./fixtures/dir-pkg'));
show('cjs ext', () => require('./fixtures/file.cjs'));
show('js before json', () => require('./fixtures/both'));
show('json only', () => require('./fixtures/onlyjson'));
show('explicit json', () => require('./fixtures/both.json'));
show('shebang', () => require('./fixtures/shebang'));
show('bom', () => require('./fixtures/bom'));
show('this === exports', () => require('./fixtures/this-check'));
show('nested lookup', () => require('./fixtures/nested/deeper/use'));
show('resolve', () => fx(require.resolve('./fixtures/dir-pkg')));
show('resolve json', () => fx(require.resolve('./fixtures/onlyjson')));
show('missing relative', () => require('./fixtures/nope'));
show('missing bare', () => require('definitely-not-installed-pkg'));
show('scoped', () => require.resolve('@scope/pkg', { paths: [path.join(__dirname, 'fixtures')] }).endsWith(path.join('@scope', 'pkg', 'index.js')));
