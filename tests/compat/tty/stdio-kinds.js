'use strict';
// Under a terminal, process.stdin is a tty.ReadStream and stdout/stderr are
// tty.WriteStreams with the terminal's size.
const { runInPty } = require('./_pty');

const { status, output } = runInPty('describe.js', { cols: 100, rows: 30 });
console.log('status', status);
console.log(output.trimEnd());
