'use strict';
// compat: env=TERM=xterm
// Any EventEmitter with pause()/resume() can be the input; the interface calls them and
// listens to 'data', 'end' and 'error' (or 'keypress' in terminal mode).
const readline = require('readline');
const EventEmitter = require('events');

const input = new EventEmitter();
input.pause = () => console.log('input.pause()');
input.resume = () => console.log('input.resume()');
const rl = readline.createInterface({ input });
console.log('listeners', input.eventNames().join(','));
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
input.emit('data', 'abc\ndef');
input.emit('data', Buffer.from('\nghi'));
rl.pause();
rl.resume();
input.emit('end');
console.log('closed', rl.closed, 'listeners left', input.eventNames().join(','));

const tin = new EventEmitter();
tin.pause = () => {};
tin.resume = () => {};
tin.isRaw = false;
tin.setRawMode = (m) => {
  console.log('setRawMode', m);
  tin.isRaw = m;
};
const trl = readline.createInterface({ input: tin, terminal: true });
console.log('terminal listeners', tin.eventNames().join(','));
trl.on('line', (l) => console.log('terminal line', JSON.stringify(l)));
tin.emit('data', Buffer.from('xy\r'));
tin.emit('keypress', 'z', { name: 'z' });
tin.emit('keypress', '\r', { name: 'return' });
trl.close();
console.log('raw after close', tin.isRaw);
