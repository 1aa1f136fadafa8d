// util.parseArgs allowNegative: --no-NAME sets a boolean option to false.
const { parseArgs } = require('util');
const { attempt } = require('./_show');

const options = {
  color: { type: 'boolean' },
  name: { type: 'string' },
  many: { type: 'boolean', multiple: true },
};
attempt('negate', () => parseArgs({ args: ['--no-color'], options, allowNegative: true }));
attempt('last wins', () => parseArgs({ args: ['--no-color', '--color'], options, allowNegative: true }));
attempt('multiple', () => parseArgs({ args: ['--many', '--no-many'], options, allowNegative: true }));
attempt('without flag', () => parseArgs({ args: ['--no-color'], options }));
attempt('without flag lenient', () => parseArgs({ args: ['--no-color'], options, strict: false }));
attempt('string option', () => parseArgs({ args: ['--no-name'], options, allowNegative: true }));
attempt('inline value', () => parseArgs({ args: ['--no-color=1'], options, allowNegative: true }));
attempt('unknown', () => parseArgs({ args: ['--no-thing'], options, allowNegative: true }));
attempt('unknown lenient', () => parseArgs({
  args: ['--no-thing', '--no-name', 'v'], options, allowNegative: true, strict: false, allowPositionals: true,
}));
attempt('inline lenient', () => parseArgs({
  args: ['--no-thing=1'], options, allowNegative: true, strict: false,
}));
attempt('literal no- option', () => parseArgs({
  args: ['--no-cache'], options: { 'no-cache': { type: 'boolean' } }, allowNegative: true, tokens: true,
}));
attempt('default and negate', () => parseArgs({
  args: ['--no-color'], options: { color: { type: 'boolean', default: true } }, allowNegative: true,
}));
attempt('bad flag', () => parseArgs({ args: [], allowNegative: 'yes' }));
