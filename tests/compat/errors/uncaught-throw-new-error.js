// compat: stderr
function validate(n) {
  if (n < 0) {
    throw new RangeError(`negative: ${n}`);
  }
  return n;
}
validate(-1);
