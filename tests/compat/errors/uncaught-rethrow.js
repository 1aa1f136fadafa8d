// compat: stderr
// The error is printed with the place it was thrown from in node; nodus points at the
// place it was created, which is the same line here.
function parse() {
  try {
    return JSON.parse('nope');
  } catch (err) {
    throw new Error('config is not JSON', { cause: err });
  }
}
try {
  parse();
} catch (e) {
  console.log(e.message, '<-', e.cause.message);
}
