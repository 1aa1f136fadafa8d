'use strict';
// readline on a real terminal: raw mode, echo and line editing of typed keys, then the
// answer. Each key waits for the echo of the previous one, so that keys arrive one by
// one (keys arriving together count as pasted text).
const { drive } = require('./_pty');

console.log(drive('rl-question.js', [
  ['expect', 'name? '],
  ['send', 'wrld'],
  ['expect', 'wrld'],
  ['send', '\x1b[D'],
  ['expect', '\x1b[1D'],
  ['send', '\x1b[D'],
  ['expect', '\x1b[1D'],
  ['send', '\x1b[D'],
  ['expect', '\x1b[1D'],
  ['send', 'o'],
  ['expect', 'world'],
  ['send', '\x05'],
  ['expect', '\x1b[3C'],
  ['send', '!'],
  ['expect', '!'],
  ['send', '\x7f'],
  ['expect', 'world\x1b'],
  ['send', '\r'],
]));
