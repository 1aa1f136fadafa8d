'use strict';
// readline history on a real terminal: Up recalls earlier lines, which can be edited
// and entered again.
const { drive } = require('./_pty');

console.log(drive('rl-history.js', [
  ['expect', 'h> '],
  ['send', 'first\r'],
  ['expect', 'got "first"'],
  ['expect', 'h> '],
  ['send', 'second\r'],
  ['expect', 'got "second"'],
  ['expect', 'h> '],
  ['send', '\x1b[A'],
  ['expect', 'second'],
  ['send', '\x1b[A'],
  ['expect', 'first'],
  ['send', '!\r'],
  ['expect', 'got "first!"'],
  ['expect', 'h> '],
  ['send', '\x1b[A'],
  ['expect', 'first!'],
  ['send', '\x1b[B'],
  ['expect', 'h> '],
  ['send', 'last\r'],
]));
