'use strict';
// Readable.from over a generator of 1,000,000 small objects ({ i, name }), in object mode:
// `node streams-from.js MODE`, MODE for-await (consumed with for await...of) or data
// (consumed with 'data' listeners until 'end'). The check is the count and a sum over the
// objects.
const { Readable } = require('stream');
const { report, start } = require('./fixtures');

const mode = process.argv[2] || 'for-await';
const COUNT = 1000000;

function* objects() {
  for (let i = 0; i < COUNT; i++) yield { i, name: 'item' };
}

(async () => {
  const clock = start();
  let count = 0;
  let sum = 0;
  if (mode === 'for-await') {
    for await (const o of Readable.from(objects())) {
      count++;
      sum += o.i;
    }
  } else if (mode === 'data') {
    await new Promise((resolve, reject) => {
      const stream = Readable.from(objects());
      stream.on('data', (o) => {
        count++;
        sum += o.i;
      });
      stream.on('end', resolve);
      stream.on('error', reject);
    });
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  report(clock, `${count}-${sum}`);
})();
