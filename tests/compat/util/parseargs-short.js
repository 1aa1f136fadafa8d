// util.parseArgs: short options, groups and attached values.
const { parseArgs } = require('util');
const { attempt } = require('./_show');

const options = {
  all: { type: 'boolean', short: 'a' },
  bare: { type: 'boolean', short: 'b' },
  file: { type: 'string', short: 'f' },
};
attempt('single', () => parseArgs({ args: ['-a'], options }));
attempt('value next', () => parseArgs({ args: ['-f', 'x.txt'], options }));
attempt('value attached', () => parseArgs({ args: ['-fx.txt'], options }));
attempt('value attached equals', () => parseArgs({ args: ['-f=x'], options }));
attempt('group', () => parseArgs({ args: ['-ab'], options }));
attempt('group then string', () => parseArgs({ args: ['-abf', 'y'], options }));
attempt('group string inside', () => parseArgs({ args: ['-afVALUE'], options }));
attempt('group string last', () => parseArgs({ args: ['-af', 'v'], options }));
attempt('string dash value', () => parseArgs({ args: ['-f', '-'], options }));
attempt('unknown short lenient', () => parseArgs({ args: ['-xyz'], options, strict: false }));
attempt('short dup letter', () => parseArgs({
  args: ['-q'], options: { one: { type: 'boolean', short: 'q' }, two: { type: 'boolean', short: 'q' } },
}));
attempt('single dash', () => parseArgs({ args: ['-'], options, allowPositionals: true }));
