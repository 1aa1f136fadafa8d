// util.parseArgs: long options of both types, inline values, positionals.
const { parseArgs } = require('util');
const { show, attempt } = require('./_show');

const options = {
  verbose: { type: 'boolean' },
  file: { type: 'string' },
  count: { type: 'string' },
};
attempt('long', () => parseArgs({ args: ['--verbose', '--file', 'a.txt'], options }));
attempt('inline', () => parseArgs({ args: ['--file=b.txt', '--count=3'], options }));
attempt('inline empty', () => parseArgs({ args: ['--file='], options }));
attempt('inline equals', () => parseArgs({ args: ['--file=a=b'], options }));
attempt('repeat overwrites', () => parseArgs({ args: ['--file', 'x', '--file', 'y'], options }));
attempt('dash value', () => parseArgs({ args: ['--file', '-'], options }));
attempt('positionals', () => parseArgs({
  args: ['one', '--verbose', 'two'], options, allowPositionals: true,
}));
attempt('terminator', () => parseArgs({
  args: ['--verbose', '--', '--file', 'x'], options, allowPositionals: true,
}));
attempt('empty', () => parseArgs({ args: [], options }));
attempt('no config args', () => parseArgs({ args: [] }));
const r = parseArgs({ args: ['--verbose'], options });
console.log(Object.getPrototypeOf(r.values) === null, Object.getPrototypeOf(r) === Object.prototype,
            Array.isArray(r.positionals), 'tokens' in r);
console.log(show(Object.keys(r)));
