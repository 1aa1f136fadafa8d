// With only { ref: false } timers pending, the loop does not even start.
const tp = require('timers/promises');
tp.setTimeout(1, 'v', { ref: false }).then(() => console.log('never'));
tp.setImmediate('v', { ref: false }).then(() => console.log('never'));
tp.setInterval(1, 'v', { ref: false }).next().then(() => console.log('never'));
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', () => console.log('exit'));
