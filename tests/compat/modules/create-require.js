// module.createRequire from a path and its errors.
const { createRequire } = require('module');
const path = require('path');
const req = createRequire(path.join(__dirname, 'fixtures', 'x.js'));
console.log(req('./dir-index'), req('simple'));
console.log(path.relative(__dirname, req.resolve('./both')));
for (const bad of ['relative/path.js', 42]) {
  try {
    createRequire(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
