// compat: stderr
const EventEmitter = require('events');
const bus = new EventEmitter();
bus.on('message', function onMessage(msg) {
  return msg.body.trim();
});
bus.emit('message', {});
