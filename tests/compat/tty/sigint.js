'use strict';
// Ctrl+C on a terminal: SIGINT for the process in cooked mode; in readline's raw mode a
// 'SIGINT' event of the interface, or closing it without a listener.
const { drive } = require('./_pty');

console.log(drive('sigint.js', [['expect', 'ready'], ['send', '\x03']], { args: ['process'] }));
console.log(drive('sigint.js', [['expect', 'ready'], ['send', 'partial'], ['expect', 'partial'],
                                ['send', '\x03']], { args: ['readline'] }));
console.log(drive('sigint.js', [['expect', 'ready'], ['send', '\x03']],
                  { args: ['readline-no-listener'] }));
