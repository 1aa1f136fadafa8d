// util.log prints "D Mon HH:MM:SS - message" through console.log.
const util = require('util');

const realLog = console.log;
const lines = [];
console.log = (...args) => lines.push(require('util').format(...args));
util.log('hello %s', 'there');
util.log({ a: 1 });
console.log = realLog;
for (const line of lines) {
  console.log(line.replace(/^\d{1,2} [A-Z][a-z]{2} \d\d:\d\d:\d\d - /, '<stamp> - '));
}
