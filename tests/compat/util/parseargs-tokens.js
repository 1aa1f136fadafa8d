// util.parseArgs tokens: kind, name, rawName, index, value, inlineValue.
const { parseArgs } = require('util');
const { show } = require('./_show');

function tokens(config) {
  const { tokens: list } = parseArgs({ ...config, tokens: true });
  for (const t of list) console.log(show(t));
  console.log('--');
}
tokens({ args: ['--a', '--b=1', 'pos', '--', '--c', 'd'], strict: false });
tokens({
  args: ['-xy', '-f', 'file', '-gvalue', 'rest'],
  options: { f: { type: 'string' }, g: { type: 'string' } },
  strict: false,
});
tokens({
  args: ['-ab', 'x'],
  options: { a: { type: 'boolean' }, b: { type: 'string' } },
  allowPositionals: true,
});
tokens({ args: ['--', '--'], allowPositionals: true });
tokens({ args: ['---x', '--=y', '-='], strict: false });
const r = parseArgs({ args: ['--x'], strict: false, tokens: true });
console.log(Object.keys(r).join(','), Object.keys(r.tokens[0]).join(','));
