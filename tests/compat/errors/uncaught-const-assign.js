// compat: stderr
const limit = 10;
function bump() {
  limit += 1;
}
bump();
