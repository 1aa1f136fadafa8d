'use strict';
// compat: env=TERM=xterm
// More than 1024 unread lines pause the interface (and its input) until they are read.
const readline = require('readline');
const { PassThrough } = require('stream');

(async () => {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  const events = [];
  rl.on('pause', () => events.push(`pause(${queuedAt()})`));
  rl.on('resume', () => events.push(`resume(${queuedAt()})`));
  let read = 0;
  const queuedAt = () => read;
  const it = rl[Symbol.asyncIterator]();
  const text = Array.from({ length: 3000 }, (_, i) => `line ${i}`).join('\n') + '\n';
  input.end(text);
  await new Promise((r) => setImmediate(r));
  console.log('input paused after burst:', input.isPaused(), 'rl paused:', rl.paused);
  let last;
  for await (const line of it) {
    read++;
    last = line;
  }
  console.log('read', read, 'last', last);
  console.log('events', events.join(' '));
})();
