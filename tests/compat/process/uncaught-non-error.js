// compat: stderr
// compat: known-difference=JavaScriptCore gives the embedder only the thrown value, not where a non-Error value was thrown, so the source line and caret cannot be printed (docs/engine-errors.md)
// Throwing a non-error value.
setTimeout(() => {
  throw 'a string';
}, 1);
