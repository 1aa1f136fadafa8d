// util.format: placeholders without arguments, %%, extra arguments, non-string first.
const util = require('util');
Error.stackTraceLimit = 0;
const cases = [[], [''], ['plain'], ['%s'], ['%%'], ['%%', 'x'], ['%% %s', 'a'], ['100%'], ['%'],
  ['%x', 'unused'], ['%s%', 'a'], ['%%s', 'a'], ['a%%b%%c'], ['%s:%s', 'a'], ['%s %s %s', 1, 2],
  ['%s', 'a', 'b', 'c'], ['%s', 'a', { b: 1 }, ['c'], 4, null, undefined], ['no placeholders', 1, 'two'],
  [1, 2, 3], [{ a: 1 }, 'x', 5], [null], [undefined], [null, undefined], [Symbol('first'), '%s'],
  [-0], [5n, 'x'], [['array', 'first'], '%s'], [new Error('first arg')], ['%s', '%s', 'x'],
  ['%j %j', 1], ['%%%s%%', 'mid'], ['%s%s', 'a', 'b'], ['trailing %'], ['%-s', 1], ['%5d', 3],
  ['%\n', 1], ['%s\n%s', 'line1', 'line2'], [true, false]];
for (const c of cases) console.log(JSON.stringify(util.format(...c)));
console.log(util.format.length, util.formatWithOptions.length, util.format.name);
