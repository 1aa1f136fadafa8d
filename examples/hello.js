// A small tour: modules, timers, promises and console output.
const path = require('path');
const { EventEmitter } = require('events');

const emitter = new EventEmitter();
emitter.on('greet', (name) => console.log(`hello, ${name}`));

console.log('running', path.basename(__filename), 'on', process.version);
setTimeout(() => emitter.emit('greet', 'timers'), 10);
Promise.resolve('promises').then((name) => emitter.emit('greet', name));
process.nextTick(() => emitter.emit('greet', 'nextTick'));
