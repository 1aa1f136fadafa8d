// process.exit() inside a timer stops everything else.
setTimeout(() => {
  console.log('exiting');
  process.nextTick(() => console.log('tick never'));
  process.exit(3);
}, 1);
setTimeout(() => console.log('never'), 1);
process.on('exit', (c) => console.log('exit', c));
