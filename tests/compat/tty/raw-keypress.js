'use strict';
// Raw mode on process.stdin: keys arrive one by one without echo, Ctrl+C is a key (not
// SIGINT); pausing stdin lets the process exit.
const { drive } = require('./_pty');

const steps = [['expect', 'ready']];
for (const [key, name] of [['a', '"a" a'], ['Z', '"Z" z'], ['\x1b[A', 'up'],
  ['\x1bOP', 'f1'], ['\x1b[3~', 'delete'], ['\x01', 'a true'], ['\r', 'return'],
  ['\x7f', 'backspace'], ['\t', 'tab'], ['\u00e9', '"\u00e9"'], ['\x1b[1;5C', 'right true'],
  ['\x03', 'c true']]) {
  steps.push(['send', key], ['expect', name]);
}
console.log(drive('raw-keys.js', steps));
