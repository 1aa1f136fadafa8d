// Calling process.exit() inside an 'exit' listener does not emit 'exit' again.
process.on('exit', (code) => {
  console.log('first', code);
  process.exit(6);
});
process.on('exit', () => console.log('second listener never runs'));
process.exit(2);
