'use strict';
// tty.WriteStream's cursor helpers write the control sequences to the terminal.
const { drive } = require('./_pty');

console.log(drive('cursor.js', []));
