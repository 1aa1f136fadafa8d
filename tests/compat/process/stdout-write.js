// process.stdout.write with callbacks, and output order between streams.
process.stdout.write('one ');
process.stdout.write('two\n', () => console.log('write callback'));
console.log('after writes');
process.stdout.write('');
console.log(process.stdout.write('x\n'));
