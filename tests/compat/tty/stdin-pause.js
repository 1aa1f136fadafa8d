'use strict';
// A terminal stdin keeps the process alive only while read: pausing it, unref() and
// closing a readline interface on it let the process exit.
const { drive } = require('./_pty');

console.log(drive('tty-pause.js', [['expect', 'ready'], ['send', 'hi\n'], ['expect', 'exiting']],
                  { args: ['pause'] }));
console.log(drive('tty-pause.js', [['expect', 'ready']], { args: ['unref'] }));
console.log(drive('tty-pause.js', [['expect', 'ready'], ['send', 'bye\r']],
                  { args: ['readline-close'] }));
