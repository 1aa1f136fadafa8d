'use strict';
// Which ports keep the process alive: a port with a 'message' listener (however added)
// does until it is closed or unref()ed; removing the last listener stops delivery (the
// messages wait) and lets the process exit.
const { MessageChannel } = require('worker_threads');

const a = new MessageChannel();
console.log('new port hasRef', a.port1.hasRef(), a.port2.hasRef());
const listener = () => {};
a.port1.on('close', () => {});
console.log('close listener hasRef', a.port1.hasRef());
a.port1.on('message', listener);
console.log('message listener hasRef', a.port1.hasRef());
a.port1.unref();
console.log('after unref', a.port1.hasRef());
a.port1.ref();
console.log('after ref', a.port1.hasRef());
a.port1.off('message', listener);
console.log('listener removed', a.port1.hasRef());
a.port1.onmessage = listener;
console.log('onmessage set', a.port1.hasRef());
a.port1.onmessage = null;
console.log('onmessage cleared', a.port1.hasRef());
a.port1.addEventListener('message', listener);
console.log('addEventListener', a.port1.hasRef());
a.port1.removeEventListener('message', listener);
console.log('removeEventListener', a.port1.hasRef());

// A 'once' listener: the second message waits until a listener comes back.
const b = new MessageChannel();
b.port2.once('message', (m) => {
  console.log('once got', m, 'hasRef now', b.port2.hasRef());
  setImmediate(() => {
    console.log('re-adding a listener');
    b.port2.on('message', (m2) => {
      console.log('later got', m2);
      b.port2.close();
    });
  });
});
b.port1.postMessage(1);
b.port1.postMessage(2);

// An unref()ed port with a listener does not keep the process alive: its message is
// never delivered.
const c = new MessageChannel();
c.port2.on('message', () => console.log('never printed'));
c.port2.unref();
setImmediate(() => setImmediate(() => c.port1.postMessage('too late')));

process.on('exit', () => console.log('exit'));
