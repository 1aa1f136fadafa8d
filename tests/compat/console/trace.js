// compat: stderr
// console.trace prints "Trace: message" and the stack to stderr.
function inner() {
  console.trace('from %s', 'inner', 42);
}
function outer() {
  inner();
}
outer();
console.trace();
console.trace('');
console.trace('multi\nline');
console.group('g');
console.trace('in a group');
console.groupEnd();
