// compat: stderr
// A module-level let read before its declaration.
console.log('start');
console.log(value);
let value = 1;
