'use strict';
// The net module's channels: net.client.socket when net.connect/createConnection makes a
// socket (before it connects, before a timeout option is applied), net.server.socket for
// each accepted socket, relative to the server's 'connection' event.
const net = require('net');
const dc = require('diagnostics_channel');

dc.subscribe('net.client.socket', ({ socket }) => {
  console.log('client socket', socket instanceof net.Socket, socket.connecting, socket.timeout);
});
dc.subscribe('net.server.socket', (message) => {
  console.log('server socket', Object.keys(message), message.socket instanceof net.Socket,
              typeof message.socket.server);
});
// A plain new net.Socket().connect() is not reported on the client channel.
const server = net.createServer((socket) => {
  console.log('connection event');
  socket.destroy();
  if (++accepted === 2) server.close(() => console.log('closed'));
});
let accepted = 0;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const first = net.connect({ port, host: '127.0.0.1', timeout: 5000 });
  first.on('close', () => {
    const second = new net.Socket();
    second.connect(port, '127.0.0.1');
    second.on('error', () => {});
  });
  first.on('error', () => {});
});
