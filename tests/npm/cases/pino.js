'use strict';
const pino = require('pino');
const fs = require('fs');
const path = require('path');
const { Writable } = require('stream');
const { tmpdir } = require('./_tmp');

const root = tmpdir('pino');

// time, pid and hostname change from run to run.
function strip(line) {
  const o = JSON.parse(line);
  delete o.time;
  delete o.pid;
  delete o.hostname;
  return JSON.stringify(o);
}

// 1. A stream destination collects lines.
const lines = [];
const sink = new Writable({
  write(chunk, enc, cb) {
    for (const l of chunk.toString().split('\n')) if (l) lines.push(strip(l));
    cb();
  },
});
const log = pino({ level: 'debug', base: { app: 'test' } }, sink);
log.info('hello %s', 'world');
log.debug({ user: { id: 1, name: 'x' } }, 'with object');
log.trace('not shown');
log.error(new Error('boom'), 'failed');
const child = log.child({ reqId: 42 }, { level: 'warn' });
child.info('child info hidden');
child.warn({ extra: [1, 2] }, 'child warn');
console.log('levels', log.level, child.level, log.isLevelEnabled('trace'), pino.levels.values.fatal);
setImmediate(() => {
  for (const l of lines) console.log(l.replace(/"stack":"[^"]*"/, '"stack":"<stack>"'));

  // 2. pino.destination to a file, synchronous, with redaction and custom serializers.
  const file = path.join(root, 'log.ndjson');
  const dest = pino.destination({ dest: file, sync: true });
  const flog = pino({
    redact: ['password', 'nested.secret'],
    serializers: { req: (r) => ({ m: r.method }) },
    formatters: { level: (label) => ({ level: label }) },
    messageKey: 'message',
    timestamp: pino.stdTimeFunctions.epochTime,
  }, dest);
  flog.info({ password: 'hunter2', nested: { secret: 1, open: 2 }, req: { method: 'GET', url: '/' } }, 'redacted');
  flog.fatal('last');
  dest.flushSync();
  for (const l of fs.readFileSync(file, 'utf8').trim().split('\n')) console.log('file', strip(l));

  // 3. An asynchronous destination to a file.
  const file2 = path.join(root, 'async.ndjson');
  const dest2 = pino.destination({ dest: file2, sync: false, minLength: 4096 });
  const alog = pino(dest2);
  for (let i = 0; i < 100; i++) alog.info({ i }, 'line');
  dest2.on('ready', () => {
    dest2.flush();
    dest2.end();
  });
  dest2.on('close', () => {
    const all = fs.readFileSync(file2, 'utf8').trim().split('\n');
    console.log('async file lines', all.length, strip(all[99]));

    // 4. Standard output through sonic-boom, synchronously, then through a multistream.
    const out = pino({ base: null, timestamp: false }, pino.destination({ dest: 1, sync: true }));
    out.info({ a: 1 }, 'to stdout');
    out.warn('warned');
    const multi = pino({ base: null, timestamp: false }, pino.multistream([{ stream: process.stdout }, { level: 'error', stream: process.stdout }]));
    multi.error('twice');
    multi.info('once');
    // 5. An asynchronous stdout destination that nothing flushes: pino ends it at exit.
    const late = pino({ base: null, timestamp: false }, pino.destination(1));
    for (let i = 0; i < 3; i++) late.info({ i }, 'flushed at exit');
  });
});
