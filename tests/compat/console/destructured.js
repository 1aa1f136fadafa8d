// The methods are bound: they work detached from the console.
const { log, info, debug, warn, error, dir, dirxml, count, countReset, group, groupEnd,
  groupCollapsed, table, assert, time, timeEnd, timeLog, trace, clear } = console;
log('detached log', 1);
info('detached info');
debug('detached debug');
dirxml('detached dirxml');
count();
count('x');
countReset('x');
count('x');
group('grouped');
log('inside');
groupCollapsed('collapsed');
log('deeper');
groupEnd();
groupEnd();
log('outside');
table([1, 2]);
assert(true, 'not printed');
dir('dir string');
clear();
const logs = [log, info, debug, warn, error, dir, dirxml, count, countReset, group,
  groupEnd, groupCollapsed, table, assert, time, timeEnd, timeLog, trace, clear];
console.log(logs.map((f) => `${f.name}/${f.length}`).join(' '));
console.log(logs.every((f) => !Object.prototype.hasOwnProperty.call(f, 'prototype')));
setTimeout(log, 1, 'as a callback');
[1, 2].forEach(log);
console.log(console.log === console.info, console.log === console.log);
const { log: log2 } = require('console');
console.log(log2 === log);
