// compat: stderr
// A required module that does not compile: its line, carets under the token.
try {
  require('./fixtures/bad-keyword');
} catch (e) {
  console.log(e.name, e.message);
}
require('./fixtures/bad-syntax');
