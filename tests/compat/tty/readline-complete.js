'use strict';
// Tab completion on a real 40-column terminal: the common prefix on the first tab, the
// candidates in columns on the second.
const { drive } = require('./_pty');

console.log(drive('rl-complete.js', [
  ['expect', 'c> '],
  ['send', 'h'],
  ['expect', 'h'],
  ['send', '\t'],
  // Apart, so that the terminal delivers two keypresses (two tabs in one read are pasted
  // text, inserted literally).
  ['sleep', 200],
  ['send', '\t'],
  ['expect', 'history'],
  ['expect', 'c> h'],
  ['send', 'el'],
  ['expect', 'el'],
  ['send', '\t'],
  ['sleep', 300],
  ['send', '\r'],
  ['expect', 'command'],
], { cols: 40 }));
