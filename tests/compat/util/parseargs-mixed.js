// util.parseArgs: a realistic command line mixing every form, with tokens.
const { parseArgs } = require('util');
const { show, attempt } = require('./_show');

const options = {
  output: { type: 'string', short: 'o' },
  verbose: { type: 'boolean', short: 'v', multiple: true },
  define: { type: 'string', short: 'D', multiple: true },
  color: { type: 'boolean', default: true },
  level: { type: 'string', default: 'info' },
};
const args = ['build', '-vvo', 'out.js', '--define=A=1', '-DB=2', '--no-color', 'src/', '--',
  '--literal', '-x'];
const result = parseArgs({ args, options, allowPositionals: true, allowNegative: true, tokens: true });
console.log(show(result.values));
console.log(show(result.positionals));
for (const t of result.tokens) console.log(show(t));
attempt('error stops parsing', () => parseArgs({ args: ['-o', 'x', '--bad', '-v'], options }));
