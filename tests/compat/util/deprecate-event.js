// util.deprecate emits a 'warning' event with name, code and message.
const util = require('util');

process.on('warning', (w) => {
  console.log('warning:', w.name, w.code, w.message, w instanceof Error);
});
const fn = util.deprecate(() => 'ran', 'fn is old', 'DEP0992');
console.log(fn());
const noCode = util.deprecate(() => 'ran2', 'noCode is old');
console.log(noCode());
console.log('sync done');
