'use strict';
// console.log keeps writing after process.stdout.destroy() (the descriptor stays open
// and the stream undestroys itself).
console.log('before');
process.stdout.destroy();
console.log('after destroy, destroyed:', process.stdout.destroyed);
process.stdout.on('close', () => console.log('close event seen'));
setTimeout(() => console.log('later'), 10);
