// Listener frames are named after the emitter's class, like V8 names method calls.
const EventEmitter = require('events');
const here = __dirname;
const top = (e) => console.log(e.stack.split('\n')[1].split(here).join('.'));
const bus = new EventEmitter();
bus.on('a', function onA() { throw new Error('a'); });
bus.on('b', () => { throw new Error('b'); });
try { bus.emit('a'); } catch (e) { top(e); }
try { bus.emit('b'); } catch (e) { top(e); }
class Channel extends EventEmitter {
  send(msg) { this.emit('message', msg); }
}
const ch = new Channel();
ch.on('message', (m) => { throw new Error(`got ${m}`); });
try { ch.send('hi'); } catch (e) { top(e); }
