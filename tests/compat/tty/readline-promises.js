'use strict';
// readline/promises on a real terminal: questions answered in turn, and one aborted.
const { drive } = require('./_pty');

console.log(drive('rlp-question.js', [
  ['expect', 'promise name? '],
  ['send', 'Ada\r'],
  ['expect', 'color? '],
  ['send', 'green\r'],
  ['expect', 'AbortError'],
]));
