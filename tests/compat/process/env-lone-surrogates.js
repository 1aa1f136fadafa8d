// process.env holds UTF-8, as the C environment does: names and values with lone surrogates
// are stored with U+FFFD in their place (keys, values, child processes' environment), and
// reading, testing, describing or deleting with the original name finds the entry.
'use strict';
process.env['k\ud800'] = 'v';
console.log(JSON.stringify(Object.keys(process.env).filter(k => k.startsWith('k\ufffd') || k.startsWith('k\ud800'))), process.env['k\ud800'], process.env['k\ufffd'], 'k\ud800' in process.env, 'k\ufffd' in process.env);
delete process.env['k\ud800'];
console.log(process.env['k\ufffd'], JSON.stringify(Object.keys(process.env).filter(k => k.startsWith('k\ufffd'))));
process.env.Q = 'a\udc00';
console.log(JSON.stringify(process.env.Q), JSON.stringify(require('child_process').execSync('printenv Q').toString()));
Object.defineProperty(process.env, 'd\udfff', { value: 'x\ud801', configurable: true, writable: true, enumerable: true });
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(process.env, 'd\udfff')), JSON.stringify(process.env['d\ufffd']));
console.log(Object.keys(process.env).some((k) => k.includes('\udfff')), delete process.env['d\udfff'], 'd\ufffd' in process.env);
