// compat: args=--verbose -n 3 input.txt
// util.parseArgs() without args reads the script's arguments from process.argv.
const { parseArgs } = require('util');
const { show } = require('./_show');

const result = parseArgs({
  options: { verbose: { type: 'boolean' }, n: { type: 'string' } },
  allowPositionals: true,
});
console.log(show(result));
console.log(show(parseArgs({ strict: false, tokens: true }).tokens.map((t) => t.index)));
