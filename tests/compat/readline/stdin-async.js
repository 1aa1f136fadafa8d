'use strict';
// compat: env=TERM=xterm
// compat: stdin=fixtures/stdin.txt
// for await over readline on process.stdin, and question() answered from stdin.
const readline = require('readline');

(async () => {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout,
                                        terminal: false });
  rl.question('What? ', (answer) => {
    console.log(`\nanswer: ${answer}`);
  });
  // The first line answers the question; the iterator gets the others.
  const rest = [];
  for await (const line of rl) rest.push(line);
  console.log('rest:', JSON.stringify(rest));
})();
