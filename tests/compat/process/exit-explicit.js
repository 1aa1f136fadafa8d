// process.exit(code) runs 'exit' listeners once with that code; later code does not run.
process.on('exit', (code) => console.log('exit listener', code, process._exiting));
process.on('beforeExit', () => console.log('beforeExit must not run'));
setTimeout(() => console.log('timer must not run'), 0);
console.log('before');
process.exit(4);
console.log('after');
