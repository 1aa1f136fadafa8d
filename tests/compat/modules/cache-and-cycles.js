// require.cache, reloading, circular requires and module objects.
const path = require('path');
const counter = path.join(__dirname, 'fixtures', 'counter.js');
console.log(require('./fixtures/counter').count, require('./fixtures/counter').count);
delete require.cache[counter];
console.log('after delete', require('./fixtures/counter').count);
console.log('cached key present', Object.keys(require.cache).some((k) => k === counter));
const a = require('./fixtures/cycle/a');
console.log('cycle', JSON.stringify(a));
console.log('main', require.main === module, module.id, path.basename(module.filename));
console.log('loaded flags', module.loaded, require.cache[counter].loaded);
console.log('children', module.children.map((c) => path.relative(__dirname, c.filename)));
console.log('paths[0]', path.relative(__dirname, module.paths[0]));
console.log('dirname', path.relative(__dirname, __dirname) === '', path.basename(__filename));
try {
  require('./fixtures/throws');
} catch (e) {
  console.log('throws', e.message);
}
console.log('failed module not cached', !Object.keys(require.cache).some((k) => k.endsWith('throws.js')));
console.log('exports alias', exports === module.exports);
