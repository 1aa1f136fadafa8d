// breakLength decides when entries stop sharing a line.
const { inspect } = require('util');
const obj = { alpha: 'aaaaaaaa', beta: 'bbbbbbbb', gamma: [1, 2, 3], delta: { e: 1 } };
for (const breakLength of [0, 10, 30, 50, 60, 70, 80, 100, 200, Infinity]) {
  console.log(`breakLength ${breakLength}:`);
  console.log(inspect(obj, { breakLength }));
}
console.log(inspect(obj, { breakLength: 40, compact: true }));
console.log(inspect(obj, { breakLength: Infinity, compact: false }));
const entries = {};
for (let i = 0; i < 10; i++) entries['k' + i] = 'v'.repeat(i);
console.log(inspect(entries, { breakLength: 75 }), inspect(entries, { breakLength: 76 }));
console.log(inspect({ nested: { deeper: entries } }, { breakLength: 90 }));
