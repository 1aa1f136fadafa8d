'use strict';
// compat: env=TERM=xterm
// Word movement and word deletion boundaries (Meta+B/F, Ctrl+W, Meta+D, Ctrl+Left/Right)
// over spaces, punctuation, underscores, digits, tabs and non-ASCII text.
const readline = require('readline');
const { PassThrough } = require('stream');

const texts = [
  'hello world', '  leading spaces', 'trailing   ', 'a.b,c;d', 'foo_bar baz-qux',
  'x = y + 42;', 'tab\tseparated\twords', '...dots...and...more', 'caf\u00e9 na\u00efve',
  '\u4e2d\u6587 \u6d4b\u8bd5', 'emoji \ud83d\ude00 here', 'mix(of, [brackets]) {x}',
  'one', '', '   ', '!!!', 'a  .  b',
];
for (const text of texts) {
  const rl = readline.createInterface({ input: new PassThrough(), terminal: true });
  rl.write(text);
  const stops = { left: [], right: [] };
  while (true) {
    const before = rl.cursor;
    rl.write(null, { meta: true, name: 'b' });
    if (rl.cursor === before) break;
    stops.left.push(rl.cursor);
  }
  while (true) {
    const before = rl.cursor;
    rl.write(null, { meta: true, name: 'f' });
    if (rl.cursor === before) break;
    stops.right.push(rl.cursor);
  }
  const deletions = [];
  // Delete words leftwards from the end, then rightwards from the start.
  let guard = 0;
  while (rl.line.length && guard++ < 50) {
    rl.write(null, { ctrl: true, name: 'w' });
    deletions.push(rl.line);
  }
  rl.write(text);
  rl.write(null, { ctrl: true, name: 'a' });
  const rightDeletions = [];
  guard = 0;
  while (rl.line.length && guard++ < 50) {
    rl.write(null, { meta: true, name: 'd' });
    rightDeletions.push(rl.line);
  }
  console.log(JSON.stringify(text), JSON.stringify(stops), JSON.stringify(deletions),
              JSON.stringify(rightDeletions));
  rl.close();
}
