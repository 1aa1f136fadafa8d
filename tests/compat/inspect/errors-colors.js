// With colors, node-internal frames are grey, node_modules package names underlined and
// the working directory greyed.
const { inspect } = require('util');
const cwd = process.cwd();
const e = new Error('colored');
e.stack = [
  'Error: colored',
  `    at userFn (${cwd}/app.js:1:2)`,
  '    at dep (/elsewhere/node_modules/pkg/index.js:3:4)',
  '    at nested (/x/node_modules/a/node_modules/@scope/b/lib.js:5:6)',
  '    at Module._compile (node:internal/modules/cjs/loader:1:1)',
  '    at node:internal/timers:2:3',
  '    at notThere (node:internal/no/such/module:3:4)',
  '    at notCore (node:nonexistent:1:1)',
  `    at ${cwd}/bare.js:7:8`,
  `    at url (file://${cwd}/mod.mjs:9:10)`,
].join('\n');
const out = inspect(e, { colors: true }).split(cwd).join('<cwd>');
console.log(JSON.stringify(out));
console.log(JSON.stringify(inspect({ e }, { colors: true }).split(cwd).join('<cwd>')));
e.code = 'COLORED';
console.log(JSON.stringify(inspect(e, { colors: true }).split(cwd).join('<cwd>')));
Error.stackTraceLimit = 0;
console.log(JSON.stringify(inspect(new Error('plain'), { colors: true })));
