// Connecting by host name: 'lookup' (err, address, family, host) comes first, then
// 'connectionAttempt', 'connect' and 'ready'; a failed lookup from a custom lookup
// function destroys the socket with its error; invalid results from it are reported.
const net = require('net');
const { listen, log, track, flush, steps, guard, fmtErr } = require('./_helpers');
guard();

const EVENTS = ['lookup', 'connectionAttempt', 'connectionAttemptFailed', 'connect', 'ready',
  'error', 'close'];
let server;

function attempt(side, options, onConnect) {
  return new Promise((resolve) => {
    const c = net.connect({ port: server.address().port, ...options });
    track(side, c, EVENTS);
    c.on('connect', () => {
      log(side, 'remote', c.remoteAddress, c.remoteFamily, 'attempted',
          c.autoSelectFamilyAttemptedAddresses === undefined ? 'none' :
            c.autoSelectFamilyAttemptedAddresses.length);
      c.end();
    });
    c.on('close', resolve);
  });
}

steps([
  ['listen', () => listen(server = net.createServer((s) => s.resume()))],
  ['localhost', () => attempt('localhost', { host: 'localhost' })],
  ['localhost family 4', () => attempt('family4', { host: 'localhost', family: 4 })],
  ['localhost no autoSelectFamily', () => attempt('noauto', { host: 'localhost', autoSelectFamily: false })],
  ['ip address (no lookup)', () => attempt('ip', { host: '127.0.0.1' })],
  ['custom lookup', () => attempt('custom', {
    host: 'example.test',
    autoSelectFamily: false,
    lookup(host, opts, cb) {
      log('custom', 'lookup called', host, JSON.stringify(opts));
      process.nextTick(cb, null, '127.0.0.1', 4);
    },
  })],
  ['custom lookup all', () => attempt('custom-all', {
    host: 'example.test',
    lookup(host, opts, cb) {
      log('custom-all', 'lookup called', host, JSON.stringify(opts));
      process.nextTick(cb, null, [{ address: '127.0.0.1', family: 4 }]);
    },
  })],
  ['custom lookup failing', () => attempt('failing', {
    host: 'example.test',
    autoSelectFamily: false,
    lookup(host, opts, cb) {
      const err = new Error('no such host');
      err.code = 'ENOTFOUND';
      process.nextTick(cb, err);
    },
  })],
  ['custom lookup returning a bad address', () => attempt('bad-ip', {
    host: 'example.test',
    autoSelectFamily: false,
    lookup(host, opts, cb) { process.nextTick(cb, null, 'not-an-ip', 4); },
  })],
  ['custom lookup returning a bad family', () => attempt('bad-family', {
    host: 'example.test',
    autoSelectFamily: false,
    lookup(host, opts, cb) { process.nextTick(cb, null, '127.0.0.1', 5); },
  })],
  ['two addresses, first refused', () => attempt('two', {
    host: 'example.test',
    lookup(host, opts, cb) {
      process.nextTick(cb, null, [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }]);
    },
  })],
  ['close', () => new Promise((r) => server.close(r))],
]);
