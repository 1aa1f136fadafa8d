'use strict';
// setRawMode on terminal ReadStreams (process.stdin and a new one), and a second
// WriteStream on the same terminal.
const { drive } = require('./_pty');

console.log(drive('raw-toggle.js', [], { cols: 60, rows: 20 }));
