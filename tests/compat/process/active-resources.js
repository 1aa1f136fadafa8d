'use strict';
// process.getActiveResourcesInfo(), _getActiveHandles() and _getActiveRequests(): what
// keeps the event loop alive, by kind, as it changes (timers, immediates, file system
// requests, servers, sockets, child processes; unref() takes a resource out). Only
// states that do not depend on timing are shown.
const fs = require('fs');
const net = require('net');
const { spawn } = require('child_process');

function show(label) {
  const info = process.getActiveResourcesInfo();
  const counts = {};
  // The test makes no pipes or terminals: those listed are the stdio streams, which
  // depend on how the test runs (and nodus's console creates process.stdout lazily).
  for (const type of info) {
    if (type !== 'PipeWrap' && type !== 'TTYWrap') counts[type] = (counts[type] || 0) + 1;
  }
  console.log(label, JSON.stringify(counts));
}

show('start');
const t1 = setTimeout(() => {}, 1000);
const t2 = setTimeout(() => {}, 1000);
show('two timeouts');
t2.unref();
show('one unref');
const interval = setInterval(() => {}, 1000);
show('interval');
clearInterval(interval);
clearTimeout(t1);
show('cleared');
const imm = setImmediate(() => {});
show('immediate');
clearImmediate(imm);
const child = spawn('sleep', ['5'], { stdio: 'ignore' });
show('child');
console.log('child among handles', process._getActiveHandles().includes(child));
child.unref();
show('child unref');
child.kill();
fs.stat(__filename, () => {
  show('in stat callback');
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    show('server');
    const handles = process._getActiveHandles();
    console.log('server among handles', handles.includes(server));
    // Both ends of the connection: the accepted socket and the connected client.
    let accepted;
    let clientReady = false;
    const client = net.connect(server.address().port, '127.0.0.1', () => {
      clientReady = true;
      if (accepted) bothEnds();
    });
    server.once('connection', (socket) => {
      accepted = socket;
      if (clientReady) bothEnds();
    });
    // A tick later, when the connection request itself is over.
    function bothEnds() {
      setImmediate(afterConnect);
    }
    function afterConnect() {
      show('connected');
      console.log('client among handles', process._getActiveHandles().includes(client),
                  'accepted among handles', process._getActiveHandles().includes(accepted));
      client.destroy();
      accepted.destroy();
      server.close();
    }
  });
});
fs.stat(__filename, () => {});
show('two stats');
console.log('requests', process._getActiveRequests().length,
            typeof process._getActiveRequests()[0].oncomplete);
