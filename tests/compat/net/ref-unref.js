// unref() lets the process exit while a server listens or a socket is connected; ref()
// undoes it; unref() before listen() applies once listening.
const net = require('net');
const { listen } = require('./_helpers');

const server = net.createServer();
server.unref();
listen(server).then(() => {
  console.log('listening, unref before listen');
  const other = net.createServer();
  listen(other).then(() => {
    other.unref();
    other.ref();
    const c = net.connect(other.address().port, '127.0.0.1', () => {
      console.log('connected');
      c.unref();
      other.unref();
      setTimeout(() => console.log('timer still runs'), 10);
    });
    other.on('connection', (s) => s.unref());
  });
});
process.on('exit', (code) => console.log('exit', code));
