// compat: stderr
// A built-in throws: the caret points at the call in the program.
function total(list) {
  return list.reduce((a, b) => a + b);
}
total([]);
