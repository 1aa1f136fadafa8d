'use strict';
// compat: env=TERM=xterm
// emitKeypressEvents decodes only while somebody listens to 'keypress'; a listener that
// throws does not break the decoder; interface options set the escape timeout.
const readline = require('readline');
const { PassThrough } = require('stream');
const EventEmitter = require('events');

{
  const input = new PassThrough();
  readline.emitKeypressEvents(input);
  console.log('data listeners before keypress listener', input.listenerCount('data'));
  const onKey = (s, key) => console.log('key', JSON.stringify(s), key.name);
  input.on('keypress', onKey);
  console.log('data listeners after', input.listenerCount('data'));
  input.write('ab');
  input.removeListener('keypress', onKey);
  input.write('c');
  console.log('data listeners after removal and data', input.listenerCount('data'));
  input.on('keypress', onKey);
  input.write('d');
}
{
  const stream = new EventEmitter();
  readline.emitKeypressEvents(stream);
  let first = true;
  stream.on('keypress', (s, key) => {
    if (first) {
      first = false;
      throw new Error('listener failed');
    }
    console.log('after throw', JSON.stringify(s), key.name);
  });
  try {
    stream.emit('data', Buffer.from('\x1b[Ax'));
  } catch (e) {
    console.log('thrown', e.message);
  }
  stream.emit('data', Buffer.from('\x1b[B'));
  stream.emit('data', 'str');
}
{
  // The interface passed in learns whether the chunk was a single key.
  const stream = new EventEmitter();
  const iface = { escapeCodeTimeout: 50 };
  readline.emitKeypressEvents(stream, iface);
  stream.on('keypress', (s, key) => {
    console.log('key', JSON.stringify(key.sequence), 'completion', iface.isCompletionEnabled);
  });
  stream.emit('data', Buffer.from('xyz'));
  stream.emit('data', Buffer.from('\u00e9'));
  console.log('iface keys', Object.keys(iface).join(','), iface.isCompletionEnabled);
  const start = Date.now();
  stream.emit('data', Buffer.from('\x1b'));
  setTimeout(() => console.log('50ms timeout fired before 400ms:', Date.now() - start < 400), 400);
}
