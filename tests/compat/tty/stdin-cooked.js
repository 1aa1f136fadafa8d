'use strict';
// A terminal stdin in normal (cooked) mode delivers whole lines; Ctrl+D at the start of
// a line ends the input.
const { drive } = require('./_pty');

console.log(drive('cooked.js', [
  ['expect', 'ready'],
  ['send', 'first line\n'],
  ['expect', 'data "first line\\n"'],
  ['send', 'second\n'],
  ['expect', 'data "second\\n"'],
  ['send', '\x04'],
]));
