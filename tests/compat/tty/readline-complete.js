'use strict';
// Tab completion on a real 40-column terminal: the common prefix on the first tab, the
// candidates in columns on the second.
const { drive } = require('./_pty');

console.log(drive('rl-complete.js', [
  ['expect', 'c> '],
  ['send', 'h'],
  ['expect', 'h'],
  ['send', '\t'],
  ['send', '\t'],
  ['expect', 'history'],
  ['expect', 'c> h'],
  ['send', 'el'],
  ['expect', 'el'],
  ['send', '\t'],
  ['expect', 'lo'],
  ['send', '\r'],
], { cols: 40 }));
