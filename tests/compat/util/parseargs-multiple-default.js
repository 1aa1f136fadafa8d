// util.parseArgs: multiple options collect arrays; defaults fill options not given.
const { parseArgs } = require('util');
const { attempt } = require('./_show');

const options = {
  tag: { type: 'string', multiple: true, short: 't' },
  flag: { type: 'boolean', multiple: true, short: 'f' },
  name: { type: 'string', default: 'anon' },
  debug: { type: 'boolean', default: false },
  list: { type: 'string', multiple: true, default: ['a', 'b'] },
};
attempt('none', () => parseArgs({ args: [], options }));
attempt('tags', () => parseArgs({ args: ['-t', 'x', '--tag=y', '-ty'], options }));
attempt('flags', () => parseArgs({ args: ['-ff', '--flag'], options }));
attempt('override defaults', () => parseArgs({
  args: ['--name', 'bob', '--debug', '--list', 'z'], options,
}));
attempt('default undefined', () => parseArgs({
  args: [], options: { x: { type: 'string', default: undefined } },
}));
const defaults = ['q'];
const r = parseArgs({ args: [], options: { q: { type: 'string', multiple: true, default: defaults } } });
console.log('same array', r.values.q === defaults);
attempt('proto key ignored', () => parseArgs({ args: ['--__proto__', 'x'], strict: false, allowPositionals: true }));
attempt('proto default ignored', () => parseArgs({
  args: [], options: { ['__proto__']: { type: 'string', default: 'p' } },
}));
