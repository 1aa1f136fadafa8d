// util.parseArgs strict mode: missing, unexpected and ambiguous option values.
const { parseArgs } = require('util');
const { attempt } = require('./_show');

const options = {
  file: { type: 'string', short: 'f' },
  out: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
};
attempt('missing long', () => parseArgs({ args: ['--file'], options }));
attempt('missing short', () => parseArgs({ args: ['-f'], options }));
attempt('missing no short', () => parseArgs({ args: ['--out'], options }));
attempt('boolean with value', () => parseArgs({ args: ['--quiet=yes'], options }));
attempt('boolean with empty value', () => parseArgs({ args: ['--quiet='], options }));
attempt('ambiguous long', () => parseArgs({ args: ['--file', '--quiet'], options }));
attempt('ambiguous short', () => parseArgs({ args: ['-f', '-q'], options }));
attempt('ambiguous no short', () => parseArgs({ args: ['--out', '-x'], options }));
attempt('ambiguous in group', () => parseArgs({ args: ['-qf', '-x'], options }));
attempt('inline dash ok', () => parseArgs({ args: ['--file=-x', '-f-y'], options }));
attempt('terminator as value', () => parseArgs({ args: ['--file', '--'], options }));
attempt('lenient takes dash value', () => parseArgs({ args: ['--file', '--quiet'], options, strict: false }));
attempt('lenient missing', () => parseArgs({ args: ['--file'], options, strict: false }));
attempt('lenient boolean value', () => parseArgs({ args: ['--quiet=1'], options, strict: false }));
