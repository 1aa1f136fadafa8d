'use strict';
// A terminal resize (SIGWINCH) updates columns/rows of process.stdout and emits
// 'resize'.
const { drive } = require('./_pty');

console.log(drive('resize.js', [
  ['expect', 'ready'],
  ['resize', 100, 50],
  ['expect', 'resize 100 50'],
  ['resize', 40, 10],
], { cols: 80, rows: 24 }));
