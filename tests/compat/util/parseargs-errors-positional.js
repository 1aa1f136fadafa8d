// util.parseArgs: positionals are rejected in strict mode unless allowed.
const { parseArgs } = require('util');
const { attempt } = require('./_show');

attempt('strict', () => parseArgs({ args: ['file.txt'] }));
attempt('after terminator', () => parseArgs({ args: ['--', 'x'] }));
attempt('number arg', () => parseArgs({ args: [1] }));
attempt('allowed', () => parseArgs({ args: ['a', 'b'], allowPositionals: true }));
attempt('lenient default allows', () => parseArgs({ args: ['a'], strict: false }));
attempt('lenient but disallowed', () => parseArgs({ args: ['a'], strict: false, allowPositionals: false }));
attempt('empty string', () => parseArgs({ args: [''] }));
