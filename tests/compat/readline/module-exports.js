'use strict';
// The shape of node:readline and node:readline/promises.
const readline = require('readline');
const rlp = require('readline/promises');
const EventEmitter = require('events');

for (const [name, mod] of [['readline', readline], ['readline/promises', rlp]]) {
  console.log(name, Object.keys(mod).map((k) => `${k}:${typeof mod[k]}`).join(' '));
}
console.log('node: prefix', require('node:readline') === readline,
            require('node:readline/promises') === rlp);
console.log('lengths', readline.createInterface.length, readline.Interface.length,
            readline.cursorTo.length, readline.moveCursor.length, readline.clearLine.length,
            readline.clearScreenDown.length, readline.emitKeypressEvents.length);
console.log('names', readline.Interface.name, rlp.Interface.name, rlp.Readline.name,
            readline.emitKeypressEvents.name);
const proto = Object.getPrototypeOf(readline.Interface.prototype);
console.log('base prototype methods', Object.getOwnPropertyNames(proto)
  .filter((k) => typeof Object.getOwnPropertyDescriptor(proto, k).value === 'function').sort().join(','));
console.log('promises Interface extends base', Object.getPrototypeOf(rlp.Interface.prototype) === proto);
console.log('EventEmitter in chain', proto instanceof EventEmitter);
console.log('question.length', readline.Interface.prototype.question.length,
            rlp.Interface.prototype.question.length);
console.log('promisify.custom', typeof readline.Interface.prototype.question[require('util').promisify.custom]);
console.log('Readline methods', Object.getOwnPropertyNames(rlp.Readline.prototype).sort().join(','));
console.log('asyncIterator', typeof proto[Symbol.asyncIterator]);
console.log('columns getter', typeof Object.getOwnPropertyDescriptor(proto, 'columns').get);
