// JSON modules: parsing and syntax errors that name the file.
const path = require('path');
console.log(JSON.stringify(require('./fixtures/json-bad/good.json')));
try {
  require('./fixtures/json-bad/bad.json');
} catch (e) {
  console.log(e.name, e.message.replace(__dirname, '<dir>'));
}
