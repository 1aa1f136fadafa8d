// Errors with a cause: the message and stack of each.
const here = __dirname;
const first = (e) => e.stack.split('\n').slice(0, 2).join('\n').split(here).join('.');
function lowLevel() {
  return JSON.parse('{bad');
}
function highLevel() {
  try {
    return lowLevel();
  } catch (err) {
    throw new Error('could not load settings', { cause: err });
  }
}
try {
  highLevel();
} catch (e) {
  console.log(first(e));
  console.log(first(e.cause));
  console.log(e.cause instanceof SyntaxError, Object.getOwnPropertyNames(e).sort());
}
