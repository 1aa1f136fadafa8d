'use strict';
// Transfers within a thread: ArrayBuffers are detached and moved, MessagePorts move with
// their queued messages and keep working (event.ports lists them), SharedArrayBuffers are
// shared, and receiveMessageOnPort() takes messages synchronously.
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');

const { port1, port2 } = new MessageChannel();

// ArrayBuffer transfer, inline and large.
for (const size of [8, 1 << 20]) {
  const ab = new ArrayBuffer(size);
  new Uint8Array(ab)[size - 1] = 7;
  const view = new Uint8Array(ab, 1);
  port1.postMessage({ ab, view }, [ab]);
  console.log('sender after transfer', ab.byteLength, view.length);
  const { message } = receiveMessageOnPort(port2);
  console.log('received', message.ab.byteLength, message.view.length, message.view.buffer === message.ab,
              new Uint8Array(message.ab)[size - 1]);
}
console.log('queue empty', receiveMessageOnPort(port2));

// Resizable buffers keep their maximum.
{
  const rab = new ArrayBuffer(2, { maxByteLength: 16 });
  port1.postMessage(rab);
  const { message } = receiveMessageOnPort(port2);
  console.log('resizable', message.resizable, message.byteLength, message.maxByteLength);
}

// SharedArrayBuffer: a new object over the same memory.
{
  const sab = new SharedArrayBuffer(8);
  port1.postMessage(sab);
  const { message } = receiveMessageOnPort(port2);
  new Int32Array(message)[0] = 42;
  console.log('shared', message instanceof SharedArrayBuffer, message === sab, new Int32Array(sab)[0]);
}

// A port moved through another channel, with a message queued before the move.
{
  const moved = new MessageChannel();
  moved.port1.postMessage('queued before the move');
  port1.postMessage({ port: moved.port2 }, [moved.port2]);
  console.log('original port after transfer', moved.port2.postMessage('x'));
  port2.once('message', (value) => {
    console.log('got a port', value.port instanceof MessagePort, value.port !== moved.port2);
    value.port.on('message', (m) => {
      console.log('moved port received', m);
      if (m === 'sent after the move') {
        value.port.close();
      }
    });
    moved.port1.postMessage('sent after the move');
  });
  moved.port1.on('close', () => {
    console.log('moved.port1 close');
    port1.close();
  });
  moved.port2.on('close', () => console.log('original moved.port2 close'));
}

// event.ports lists transferred ports even when the message does not reference them.
{
  const c = new MessageChannel();
  const extra = new MessageChannel();
  c.port2.addEventListener('message', (event) => {
    console.log('event.ports', event.data, event.ports.length, event.ports[0] instanceof MessagePort);
    event.ports[0].close();
    c.port2.close();
  });
  c.port1.postMessage('see ports', [extra.port1]);
  extra.port2.on('close', () => console.log('extra.port2 close'));
}

// structuredClone() moves ports too.
{
  const c = new MessageChannel();
  const clone = structuredClone({ p: c.port1 }, { transfer: [c.port1] });
  clone.p.on('message', (m) => {
    console.log('structuredClone port received', m);
    clone.p.close();
  });
  c.port2.postMessage('via clone');
}
