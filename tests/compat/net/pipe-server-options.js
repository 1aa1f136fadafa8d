// A pipe server with readableAll/writableAll (the socket file's mode), a relative
// listen path resolution, and connecting to a path that is not a socket.
const net = require('net');
const fs = require('fs');
const path = require('path');
const { tmpdir, log, flush, steps, fmtErr, guard } = require('./_helpers');
guard();

steps([
  ['readableAll and writableAll', () => new Promise((resolve) => {
    const p = path.join(tmpdir(), 'all.sock');
    const server = net.createServer();
    server.listen({ path: p, readableAll: true, writableAll: true }, () => {
      const mode = fs.statSync(p).mode;
      log('server', 'socket file', fs.statSync(p).isSocket(), (mode & 0o666).toString(8));
      server.close(resolve);
    });
  })],
  ['not a socket', () => new Promise((resolve) => {
    const p = path.join(tmpdir(), 'plain-file');
    fs.writeFileSync(p, '');
    const c = net.connect(p);
    c.on('error', (e) => log('client', fmtErr(e)));
    c.on('close', resolve);
  })],
  ['listen on an existing file', () => new Promise((resolve) => {
    const p = path.join(tmpdir(), 'plain-file');
    const server = net.createServer();
    server.on('error', (e) => { log('server', fmtErr(e)); resolve(); });
    server.listen(p);
  })],
  ['listen in a missing directory', () => new Promise((resolve) => {
    const server = net.createServer();
    server.on('error', (e) => { log('server', fmtErr(e)); resolve(); });
    server.listen(path.join(tmpdir(), 'nope', 'x.sock'));
  })],
]);
