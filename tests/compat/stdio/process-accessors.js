'use strict';
// process.stdin, stdout and stderr are enumerable, configurable getters with no setter,
// before and after first use; assigning them is ignored (sloppy code) or throws (strict
// code), and Object.defineProperty() can still replace them. The streams' own
// enumerable keys do not include write internals.
const vm = require('vm');

function describe(name) {
  const d = Object.getOwnPropertyDescriptor(process, name);
  return `${name}: get=${typeof d.get} set=${typeof d.set} value=${'value' in d} ` +
    `enumerable=${d.enumerable} configurable=${d.configurable}`;
}

for (const name of ['stdout', 'stdin', 'stderr']) console.log('before', describe(name));
const streams = { stdout: process.stdout, stdin: process.stdin, stderr: process.stderr };
for (const name of ['stdout', 'stdin', 'stderr']) console.log('after ', describe(name));
console.log('same on every read:', process.stdout === process.stdout,
            process.stdin === process.stdin, process.stderr === process.stderr);
console.log('in Object.keys(process):',
            Object.keys(process).filter((k) => /^std(in|out|err)$/.test(k)).sort().join(','));

// Sloppy-mode assignment is ignored.
vm.runInThisContext('process.stdout = { write() {} }; process.stdin = 1;');
console.log('after sloppy assignment:', process.stdout === streams.stdout,
            process.stdin === streams.stdin);

// Strict-mode assignment throws a TypeError.
for (const name of ['stdout', 'stderr', 'stdin']) {
  try {
    process[name] = null;
    console.log(name, 'assigned');
  } catch (e) {
    console.log(name, 'strict assignment:', e.name);
  }
}
console.log('unchanged:', process.stderr === streams.stderr);

// Write internals are not own enumerable keys of the stream.
console.log('own enumerable _write*:',
            JSON.stringify(Object.keys(process.stdout).filter((k) => k.startsWith('_write'))));

// defineProperty replaces the getter; console keeps the stream it already uses.
const lines = [];
Object.defineProperty(process, 'stdout', {
  configurable: true, enumerable: true, value: { write: (s) => lines.push(s) },
});
console.log('replaced:', process.stdout !== streams.stdout, describe('stdout'));
process.stdout.write('captured');
Object.defineProperty(process, 'stdout', {
  configurable: true, enumerable: true, get() { return streams.stdout; },
});
console.log('captured lines:', JSON.stringify(lines), process.stdout === streams.stdout);
