// util.parseArgs with strict: false: unknown options are stored, values guessed by type.
const { parseArgs } = require('util');
const { attempt } = require('./_show');

attempt('unknown long', () => parseArgs({ args: ['--foo', '--bar=baz', 'qux'], strict: false }));
attempt('unknown short group', () => parseArgs({ args: ['-abc'], strict: false }));
attempt('known string missing', () => parseArgs({
  args: ['--name'], options: { name: { type: 'string' } }, strict: false,
}));
attempt('string consumes next', () => parseArgs({
  args: ['--name', '-x'], options: { name: { type: 'string' } }, strict: false,
}));
attempt('boolean with inline value', () => parseArgs({
  args: ['--flag=off'], options: { flag: { type: 'boolean' } }, strict: false,
}));
attempt('repeat unknown', () => parseArgs({ args: ['--x', '--x=2'], strict: false }));
attempt('multiple unknown', () => parseArgs({ args: ['--x', '--x'], strict: false }));
