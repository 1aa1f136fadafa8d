'use strict';
// pino.transport: the log lines go through thread-stream (a worker thread, a
// SharedArrayBuffer ring and Atomics.wait/waitAsync/notify) to pino/file in the worker.
const pino = require('pino');
const fs = require('fs');
const path = require('path');
const { tmpdir } = require('./_tmp');

const root = tmpdir('pino-transport');
const file = path.join(root, 'out.ndjson');
const transport = pino.transport({ target: 'pino/file', options: { destination: file, mkdir: true } });
transport.on('error', (e) => console.log('transport error', e.message));
const log = pino({ base: null, timestamp: false }, transport);

transport.once('ready', () => {
  console.log('ready');
  for (let i = 0; i < 500; i++) log.info({ i, pad: 'x'.repeat(i % 50) }, 'through a worker');
  log.error(new Error('an error'), 'last');
  const start = Date.now();
  (function poll() {
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const lines = text.split('\n').filter(Boolean);
    if (lines.length >= 501) {
      console.log('lines', lines.length);
      console.log(lines[0]);
      console.log(lines[499]);
      const last = JSON.parse(lines[500]);
      console.log(last.msg, last.err.type, last.err.message);
      transport.end();
      return;
    }
    if (Date.now() - start > 10000) {
      console.log('timed out with', lines.length, 'lines');
      process.exitCode = 1;
      transport.end();
      return;
    }
    setTimeout(poll, 10);
  })();
});
