// compat: stderr
// Throwing a non-error value.
setTimeout(() => {
  throw 'a string';
}, 1);
