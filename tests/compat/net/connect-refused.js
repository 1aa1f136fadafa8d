// Connecting to a port nobody listens on: ECONNREFUSED as node reports it, the events,
// and the state of the socket afterwards.
const net = require('net');
const { closedPort, log, track, flush, guard, port } = require('./_helpers');
guard();

closedPort().then((p) => {
  const c = net.connect(p, '127.0.0.1');
  track('client', c, SOCKET_EVENTS_PLUS);
  c.on('error', (e) => {
    log('client', 'error fields', Object.keys(e).join(','), e.port === p, c.destroyed,
        c.connecting, c.readyState);
  });
  c.on('close', () => {
    flush();
    // The same through createConnection with an options object and a callback.
    const d = net.createConnection({ port: p, host: '127.0.0.1' }, () => console.log('never'));
    d.on('error', (e) => console.log('second', e.message.replace(String(p), '<port>'), e.code));
  });
});
const SOCKET_EVENTS_PLUS = ['lookup', 'connect', 'ready', 'close', 'error',
  'connectionAttempt', 'connectionAttemptFailed'];
