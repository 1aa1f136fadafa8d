// pauseOnConnect: accepted sockets do not read until resumed; the data then arrives.
const net = require('net');
const { listen, guard } = require('./_helpers');
guard();

const server = net.createServer({ pauseOnConnect: true }, (sock) => {
  console.log('paused', sock.isPaused(), sock.readableFlowing);
  sock.on('data', (d) => console.log('data', d.toString()));
  setTimeout(() => {
    console.log('resuming');
    sock.resume();
  }, 50);
  sock.on('end', () => server.close(() => console.log('closed')));
});
listen(server).then(() => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.end('early bytes'));
});
