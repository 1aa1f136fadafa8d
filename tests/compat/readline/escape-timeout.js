'use strict';
// compat: env=TERM=xterm
// The interface's escapeCodeTimeout decides how long a lone ESC waits for the rest of
// a sequence; meanwhile the next key completes it as Meta+key.
const readline = require('readline');
const { PassThrough } = require('stream');
const { recorder } = require('./_helpers');

const input = new PassThrough();
const output = recorder();
const rl = readline.createInterface({ input, output, terminal: true, escapeCodeTimeout: 30 });
console.log('escapeCodeTimeout', rl.escapeCodeTimeout);
const keys = [];
input.on('keypress', (s, key) => keys.push(`${JSON.stringify(s)}:${key.name}:${key.meta}`));
input.write('\x1b');
setTimeout(() => {
  console.log('after 100ms', keys.join(' '));
  keys.length = 0;
  input.write('\x1b');
  input.write('b');
  console.log('esc then b', keys.join(' '));
  rl.close();
}, 100);
