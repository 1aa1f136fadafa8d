'use strict';
// TCP over 127.0.0.1, in one process:
//  1. bulk: the client sends 200 MB in 64 KiB chunks (respecting backpressure) to an echo
//     server and reads everything back;
//  2. ping-pong: 50,000 small request/response round trips on one connection (the client
//     writes a 32-byte request, the server answers with 64 bytes, the client sends the
//     next one when the answer is complete).
// Reports the total time; the check is the number of bytes that came back plus the round
// trips completed.
const net = require('net');

const BULK_BYTES = 200 * 1024 * 1024;
const CHUNK = 64 * 1024;
const ROUND_TRIPS = 50000;

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

async function bulk() {
  const server = net.createServer((sock) => sock.pipe(sock));
  const port = await listen(server);
  const received = await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    const chunk = Buffer.alloc(CHUNK, 'x');
    let sent = 0;
    let got = 0;
    function pump() {
      while (sent < BULK_BYTES) {
        sent += CHUNK;
        if (!c.write(chunk)) {
          c.once('drain', pump);
          return;
        }
      }
      c.end();
    }
    c.on('connect', pump);
    c.on('data', (d) => { got += d.length; });
    c.on('end', () => resolve(got));
  });
  server.close();
  return received;
}

async function pingPong() {
  const answer = Buffer.alloc(64, 'a');
  const server = net.createServer((sock) => {
    let pending = 0;
    sock.on('data', (d) => {
      pending += d.length;
      while (pending >= 32) {
        pending -= 32;
        sock.write(answer);
      }
    });
  });
  const port = await listen(server);
  const trips = await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    c.setNoDelay(true);
    const request = Buffer.alloc(32, 'q');
    let done = 0;
    let got = 0;
    c.on('connect', () => c.write(request));
    c.on('data', (d) => {
      got += d.length;
      while (got >= 64) {
        got -= 64;
        if (++done === ROUND_TRIPS) {
          c.end();
          resolve(done);
          return;
        }
        c.write(request);
      }
    });
  });
  server.close();
  return trips;
}

(async () => {
  const start = process.hrtime.bigint();
  const bytes = await bulk();
  const t1 = process.hrtime.bigint();
  const trips = await pingPong();
  const end = process.hrtime.bigint();
  const ms = Number(end - start) / 1e6;
  process.stderr.write(`bench ms=${ms.toFixed(3)} check=${bytes + trips}\n`);
  process.stderr.write(`parts bulk=${(Number(t1 - start) / 1e6).toFixed(1)}ms ` +
                       `pingpong=${(Number(end - t1) / 1e6).toFixed(1)}ms\n`);
})();
