'use strict';
// How a Readable hands chunks to 'data' listeners (a fast path calls EventEmitter's
// listeners directly): listener order and `this`, listeners added or removed while a
// chunk is emitted, once/prepend, the direct flowing path and the read() path, an emit
// overridden on the instance or patched on EventEmitter.prototype, captureRejections with
// an async listener, and a listener that throws.
const EventEmitter = require('events');
const { Readable, PassThrough } = require('stream');

function source(chunks, options) {
  let i = 0;
  return new Readable({
    objectMode: true,
    ...options,
    read() { this.push(i < chunks.length ? chunks[i++] : null); },
  });
}

function run(name, setup) {
  return new Promise((resolve) => {
    const log = [];
    const stream = setup(log);
    stream.on('end', () => {
      console.log(name, log.join(' '));
      resolve();
    });
  });
}

(async () => {
  await run('order', (log) => {
    const s = source(['a', 'b']);
    s.on('data', function(c) { log.push(`1${c}${this === s}`); });
    s.on('data', (c) => log.push(`2${c}`));
    s.prependListener('data', (c) => log.push(`0${c}`));
    return s;
  });

  await run('remove during emit', (log) => {
    const s = source(['a', 'b', 'c']);
    const second = (c) => log.push(`second${c}`);
    s.on('data', (c) => {
      log.push(`first${c}`);
      s.removeListener('data', second);
      s.on('data', (d) => log.push(`added${d}`));
    });
    s.on('data', second);
    return s;
  });

  await run('once', (log) => {
    const s = source(['a', 'b', 'c']);
    s.once('data', (c) => log.push(`once${c}`));
    s.on('data', (c) => log.push(`on${c}`));
    return s;
  });

  await run('paused read()', (log) => {
    const s = source(['a', 'b']);
    s.on('readable', () => {
      let c;
      while ((c = s.read()) !== null) log.push(`read${c}`);
    });
    s.on('data', (c) => log.push(`data${c}`));
    return s;
  });

  await run('async writes into flowing', (log) => {
    const p = new PassThrough({ objectMode: true });
    p.on('data', (c) => log.push(`data${c}`));
    setTimeout(() => p.write('x'), 1);
    setTimeout(() => p.end('y'), 2);
    return p;
  });

  await run('instance emit', (log) => {
    const s = source(['a', 'b']);
    const original = s.emit;
    s.emit = function(type, ...args) {
      if (type === 'data') log.push(`emit:${args[0]}`);
      return original.call(this, type, ...args);
    };
    s.on('data', (c) => log.push(`data${c}`));
    return s;
  });

  const protoEmit = EventEmitter.prototype.emit;
  await run('patched prototype emit', (log) => {
    EventEmitter.prototype.emit = function(type, ...args) {
      if (type === 'data') log.push(`patched:${args[0]}`);
      return protoEmit.call(this, type, ...args);
    };
    const s = source(['a', 'b']);
    s.on('data', (c) => log.push(`data${c}`));
    return s;
  });
  EventEmitter.prototype.emit = protoEmit;

  await run('captureRejections', (log) => {
    const s = source(['a', 'b'], { captureRejections: true });
    s.on('data', async (c) => {
      log.push(`data${c}`);
      if (c === 'b') throw new Error('rejected in listener');
    });
    s.on('error', (err) => {
      log.push(`error:${err.message}`);
      console.log('captureRejections error', err.message, log.join(' '));
    });
    return s;
  }).catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 10));

  process.once('uncaughtException', (err) => console.log('uncaught', err.message));
  const s = source(['a', 'b']);
  s.on('data', (c) => {
    if (c === 'a') throw new Error('thrown by listener');
  });
  s.on('end', () => console.log('end after throw'));
  s.on('close', () => console.log('close after throw', s.destroyed));
})();
