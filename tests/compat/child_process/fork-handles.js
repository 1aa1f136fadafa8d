'use strict';
// Passing handles over fork()'s IPC channel: a listening server, an accepted socket and
// a raw handle go to the child, which uses them; the server's getConnections() and
// close() account for sockets given away; bad handles are refused.
const { fork } = require('child_process');
const net = require('net');
const path = require('path');
const handleChild = path.join(__dirname, 'fixtures', 'handle-child.js');

function once(emitter, name) {
  return new Promise((resolve) => emitter.once(name, (...args) => resolve(args)));
}

function readAll(socket) {
  return new Promise((resolve) => {
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => { data += d; });
    socket.on('end', () => resolve(data));
  });
}

(async () => {
  const child = fork(handleChild, [], { silent: true });
  let childOut = '';
  child.stdout.on('data', (d) => { childOut += d; });

  // A server: the child accepts a connection made to it.
  {
    const server = net.createServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    const sent = await new Promise((resolve) => {
      const ret = child.send('server', server, (err) => resolve([ret, err]));
    });
    console.log('send server', sent[0], sent[1]);
    await once(child, 'message');
    // Ours stops accepting so the connection surely goes to the child.
    server.close();
    const client = net.connect(port, '127.0.0.1');
    console.log('client read', JSON.stringify(await readAll(client)));
  }

  // An accepted socket: the child writes to it; ours is detached.
  {
    const server = net.createServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = net.connect(server.address().port, '127.0.0.1');
    const [socket] = await once(server, 'connection');
    const closed = once(server, 'close');
    child.send('socket', socket);
    console.log('detached', socket._handle === null);
    console.log('client read', JSON.stringify(await readAll(client)));
    await new Promise((resolve) => server.getConnections((err, n) => {
      console.log('getConnections', err, n);
      resolve();
    }));
    server.close();
    await closed;
    console.log('server closed');
  }

  // A raw handle.
  {
    const server = net.createServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    child.send('native', server._handle);
    console.log('reply', (await once(child, 'message'))[0]);
    server.close();
  }

  // Values that are not handles.
  for (const bad of [{}, 'string', 1, new (require('events'))()]) {
    try {
      child.send('x', bad);
      console.log('accepted', bad);
    } catch (e) {
      console.log('refused', e.name, e.code, e.message);
    }
  }

  // A socket that has no handle any more goes as a plain message.
  {
    const server = net.createServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = net.connect(server.address().port, '127.0.0.1');
    const [socket] = await once(server, 'connection');
    socket.destroy();
    client.destroy();
    child.send('count', socket);
    const [reply, handle] = await once(child, 'message');
    console.log('reply', reply, handle);
    server.close();
  }

  child.send('bye');
  const [code, signal] = await once(child, 'exit');
  console.log('child exit', code, signal);
  console.log('child output', JSON.stringify(childOut));
})();
