// compat: stderr
// stdout and stderr writes happen in call order.
console.log('out 1');
console.error('err 1');
console.log('out 2');
console.warn('err 2');
process.stdout.write('raw out\n');
process.stderr.write('raw err\n');
console.log('out 3');
