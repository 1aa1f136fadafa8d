// Listening on a port that is taken: EADDRINUSE from listen(), the server stays not
// listening and can listen elsewhere afterwards.
const net = require('net');
const { listen, fmtErr, guard, port } = require('./_helpers');
guard();

listen(net.createServer()).then((first) => {
  const p = first.address().port;
  const second = net.createServer();
  second.on('listening', () => console.log('unexpected listening'));
  second.on('error', (e) => {
    console.log('error', fmtErr(e));
    console.log('keys', Object.keys(e).join(','));
    console.log('listening', second.listening, 'address', second.address());
    second.listen(0, '127.0.0.1', () => {
      console.log('second try listening', second.listening);
      second.close();
      first.close(() => console.log('done'));
    });
  });
  second.listen(p, '127.0.0.1');
  console.log('listen() returned, listening', second.listening);
});
