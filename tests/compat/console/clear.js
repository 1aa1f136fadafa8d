// console.clear writes cursor-home then erase-below, only to a terminal.
const { Console } = require('console');
const Collector = require('./_stream');
const calls = [];
class Recorder extends Collector {
  write(chunk, ...rest) {
    calls.push(`${JSON.stringify(chunk)} args=${rest.length + 1}`);
    return super.write(chunk, ...rest);
  }
}
const tty = new Recorder({ isTTY: true });
new Console(tty).clear();
console.log('tty:', calls.join(' | '));
calls.length = 0;
const plain = new Recorder();
new Console(plain).clear();
console.log('not a tty:', calls.length);
const oldTerm = process.env.TERM;
process.env.TERM = 'dumb';
new Console(tty).clear();
console.log('TERM=dumb:', calls.length);
process.env.TERM = 'xterm';
const c = new Console(tty);
c.group('g');
c.clear();
console.log('in a group:', calls.join(' | '));
if (oldTerm === undefined) delete process.env.TERM; else process.env.TERM = oldTerm;
console.clear();
console.log('global clear on a pipe does nothing', console.clear());
