// util.parseArgs strict mode: unknown options.
const { parseArgs } = require('util');
const { attempt } = require('./_show');

const options = { known: { type: 'boolean', short: 'k' } };
attempt('long', () => parseArgs({ args: ['--nope'], options }));
attempt('long inline', () => parseArgs({ args: ['--nope=1'], options }));
attempt('short', () => parseArgs({ args: ['-x'], options }));
attempt('in group', () => parseArgs({ args: ['-kx'], options }));
attempt('with positionals hint', () => parseArgs({ args: ['--nope'], options, allowPositionals: true }));
attempt('short hint', () => parseArgs({ args: ['-z'], options, allowPositionals: true }));
attempt('inherited option', () => parseArgs({ args: ['--a'], options: Object.create({ a: { type: 'boolean' } }) }));
try {
  parseArgs({ args: ['--nope'] });
} catch (e) {
  console.log(e instanceof TypeError, e.code, Object.keys(e).join(','));
}
