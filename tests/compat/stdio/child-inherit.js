'use strict';
// A child with inherited stdio writes into our stdout pipe; its output lands in order
// with ours because both are written synchronously.
const { spawnSync } = require('child_process');

console.log('parent before');
spawnSync(process.execPath, ['-e', `
  console.log('child says hi, stdout is', process.stdout.constructor.name, process.stdout._type);
  process.stdout.write('child write\\n');
`], { stdio: 'inherit' });
console.log('parent after');
