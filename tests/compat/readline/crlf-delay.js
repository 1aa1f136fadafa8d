'use strict';
// compat: env=TERM=xterm
// A \r at the end of a chunk and a \n at the start of the next one count as one line
// ending only when the \n arrives within crlfDelay (at least 100 ms).
const readline = require('readline');
const { PassThrough } = require('stream');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function run(label, options, gap) {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, ...options });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  console.log(`${label}: crlfDelay=${rl.crlfDelay}`);
  input.write('a\r');
  // Without a gap the \n follows at once (a timer could be late on a loaded machine).
  if (gap > 0) await sleep(gap);
  input.write('\nb\n');
  input.end();
  await new Promise((resolve) => rl.on('close', resolve));
  console.log(`${label}: ${JSON.stringify(lines)}`);
}

(async () => {
  await run('default, quick', {}, 0);
  await run('default, slow', {}, 250);
  await run('small delay is raised to 100', { crlfDelay: 10 }, 0);
  await run('infinity', { crlfDelay: Infinity }, 250);
  await run('zero', { crlfDelay: 0 }, 0);
  await run('large', { crlfDelay: 5000 }, 150);
})();
