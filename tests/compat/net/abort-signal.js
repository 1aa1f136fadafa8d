// AbortSignal: connect({ signal }) aborted while connecting, and
// listen({ signal }) closing the server on abort.
const net = require('net');
const { listen, steps, log, fmtErr, guard } = require('./_helpers');
guard();

let server;
steps([
  ['listen', () => listen(server = net.createServer((s) => s.resume()))],
  ['aborted while connecting', () => new Promise((resolve) => {
    const ac = new AbortController();
    const c = net.connect({ port: server.address().port, host: '127.0.0.1', signal: ac.signal });
    c.on('error', (e) => log('abort later', fmtErr(e), String(e.cause)));
    c.on('close', (h) => { log('abort later', 'close', h); resolve(); });
    ac.abort('why');
  })],
  ['server signal', () => new Promise((resolve) => {
    const ac = new AbortController();
    const s = net.createServer();
    s.on('close', () => { log('server', 'closed by abort', s.listening); resolve(); });
    s.listen({ port: 0, host: '127.0.0.1', signal: ac.signal }, () => {
      log('server', 'listening');
      ac.abort();
    });
  })],
  ['server signal already aborted', () => new Promise((resolve) => {
    const s = net.createServer();
    s.on('listening', () => log('server2', 'listening'));
    s.on('close', () => { log('server2', 'close'); resolve(); });
    s.listen({ port: 0, host: '127.0.0.1', signal: AbortSignal.abort() });
  })],
  ['close', () => new Promise((r) => { log('main', 'connections', server._connections); server.close(r); })],
]);
