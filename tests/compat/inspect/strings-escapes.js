// Control characters, C1 controls and lone surrogates are escaped.
const { inspect } = require('util');
let all = '';
for (let i = 0; i < 0xa1; i++) all += String.fromCharCode(i);
console.log(inspect(all));
console.log(inspect(all.replace("'", '')));
console.log(inspect('\ud800'), inspect('\udfff'), inspect('a\ud83dz'), inspect('\ude00a'),
  inspect('\ud83d\ude00'), inspect('\ud83d\ud83d\ude00'), inspect('x\udbff'));
console.log(inspect("'\ud800'"), inspect('"\'\ud800'));
const long = 'ab\x01'.repeat(60);
console.log(inspect(long));
console.log(inspect("'" + 'x\n'.repeat(3)));
const veryLong = 'q'.repeat(5100) + '\x01';
console.log(inspect(veryLong).length, inspect(veryLong).slice(-10));
