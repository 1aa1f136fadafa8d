// readyState, pending, connecting and the stream flags through a connection's life.
const net = require('net');
const { listen, guard } = require('./_helpers');
guard();

function state(label, s) {
  console.log(label.padEnd(22), s.readyState, 'pending', s.pending, 'connecting', s.connecting,
              'r', s.readable, 'w', s.writable, 'destroyed', s.destroyed);
}

const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  sock.resume();
  sock.on('end', () => setTimeout(() => sock.end(), 20));
});
const fresh = new net.Socket();
state('new Socket()', fresh);
listen(server).then(() => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  state('connect() returned', c);
  c.on('connect', () => {
    state('connected', c);
    c.end();
    state('after end()', c);
  });
  c.on('finish', () => state('finish', c));
  c.on('end', () => state('end', c));
  c.resume();
  c.on('close', () => {
    state('close', c);
    server.close();
  });
});
