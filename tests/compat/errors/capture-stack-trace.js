// Error.captureStackTrace on plain objects and errors, with and without a function that
// hides the frames above it. Paths are printed relative to this directory.
const here = __dirname;
const show = (stack) => console.log(stack.split(here).join('.'));

function outer() {
  return inner();
}
function inner() {
  const obj = { message: 'plain', name: 'Custom' };
  Error.captureStackTrace(obj);
  return obj;
}
const o = outer();
show(o.stack.split('\n').slice(0, 4).join('\n'));
console.log(Object.getOwnPropertyNames(o));

function hidden() {
  return visible();
}
function visible() {
  const target = {};
  Error.captureStackTrace(target, visible);
  return target;
}
show(hidden().stack.split('\n').slice(0, 3).join('\n'));

const err = new Error('recaptured');
function recapture() {
  Error.captureStackTrace(err);
}
recapture();
show(err.stack.split('\n').slice(0, 3).join('\n'));

try {
  Error.captureStackTrace(42);
} catch (e) {
  console.log(e.name, e.message);
}
const desc = Object.getOwnPropertyDescriptor(o, 'stack');
console.log(typeof desc.value, desc.enumerable, desc.writable, desc.configurable);
