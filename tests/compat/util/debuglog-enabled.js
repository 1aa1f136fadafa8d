// compat: env=NODE_DEBUG=foo
// util.debuglog writes "SECTION PID: message" to stderr for sections named in NODE_DEBUG.
const util = require('util');

const realWrite = process.stderr.write;
process.stderr.write = function(chunk, ...rest) {
  console.log('stderr:', JSON.stringify(String(chunk).replace(String(process.pid), 'PID')));
  return true;
};
const foo = util.debuglog('foo');
const other = util.debuglog('other');
console.log(foo.enabled, other.enabled, typeof foo, foo.name, foo.length);
foo('hello %s', 'world');
foo('number %d and object %j', 42, { a: 1 });
foo('plain', 'extra', 3);
foo({ x: [1, 2] });
other('never shown');
const upper = util.debuglog('FOO');
upper('case-insensitive section');
console.log(foo('x'));
process.stderr.write = realWrite;
