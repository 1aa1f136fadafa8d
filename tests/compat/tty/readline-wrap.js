'use strict';
// Typing past the width of a 20-column terminal wraps the line; moving to the start and
// inserting redraws all rows.
const { drive } = require('./_pty');

console.log(drive('rl-wrap.js', [
  ['expect', 'w> '],
  ['send', 'abcdefghijklmnopq'],
  ['expect', 'q'],
  ['send', 'rstuvwxyz0123'],
  ['expect', '3'],
  ['send', '\x01'],
  ['expect', '\x1b[4G'],
  ['send', '>'],
  ['expect', 'w> >'],
  ['send', '\x05'],
  ['expect', '\x1b[15G'],
  ['send', '\r'],
], { cols: 20, rows: 10 }));
