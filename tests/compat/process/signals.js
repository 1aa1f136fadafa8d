// Signal listeners receive the signal name and number.
process.on('SIGUSR1', (name, num) => {
  console.log('got', name, num);
  process.removeAllListeners('SIGUSR1');
});
process.kill(process.pid, 'SIGUSR1');
setTimeout(() => console.log('done'), 50);
