// 200 request/response round trips on one connection, then 20 concurrent clients.
const net = require('net');
const { listen, guard } = require('./_helpers');
guard(20000);

const server = net.createServer((sock) => {
  sock.setEncoding('utf8');
  let pending = '';
  sock.on('data', (d) => {
    pending += d;
    let i;
    while ((i = pending.indexOf('\n')) !== -1) {
      const line = pending.slice(0, i);
      pending = pending.slice(i + 1);
      sock.write(`echo:${line}\n`);
    }
  });
  sock.on('end', () => sock.end());
});

function client(port, count) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    c.setEncoding('utf8');
    let received = 0;
    let sum = 0;
    let buf = '';
    c.on('connect', () => c.write('0\n'));
    c.on('data', (d) => {
      buf += d;
      let i;
      while ((i = buf.indexOf('\n')) !== -1) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        sum += Number(line.slice(5));
        if (++received === count) c.end();
        else c.write(`${received}\n`);
      }
    });
    c.on('close', () => resolve({ received, sum }));
  });
}

listen(server).then(async () => {
  const port = server.address().port;
  console.log('sequential', await client(port, 200));
  const all = await Promise.all(Array.from({ length: 20 }, () => client(port, 10)));
  console.log('concurrent', all.length, all.every((r) => r.received === 10 && r.sum === 45));
  server.getConnections((err, n) => {
    console.log('connections left', err, n);
    server.close(() => console.log('closed'));
  });
});
