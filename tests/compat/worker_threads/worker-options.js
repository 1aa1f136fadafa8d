'use strict';
// The Worker constructor: its argument errors, and what a worker started from a file sees
// of argv, execArgv and its environment (a copy by default, the parent's with SHARE_ENV).
const path = require('path');
const { pathToFileURL } = require('url');
const { Worker, SHARE_ENV } = require('worker_threads');

const show = (name, fn) => {
  try {
    const w = fn();
    console.log(name, 'created', w instanceof Worker);
    w.terminate();
  } catch (err) {
    console.log(name, 'threw', err.name, err.code, JSON.stringify(err.message));
  }
};

show('no filename', () => new Worker());
show('number', () => new Worker(5));
show('bare name', () => new Worker('worker.js'));
show('file URL string', () => new Worker('file:///tmp/worker.js'));
show('data URL string', () => new Worker('data:text/javascript,1'));
show('http URL', () => new Worker(new URL('http://example.com/worker.js')));
show('eval with URL', () => new Worker(new URL('file:///tmp/w.js'), { eval: true }));
show('execArgv not array', () => new Worker('1', { eval: true, execArgv: 'x' }));
show('argv not array', () => new Worker('1', { eval: true, argv: 'x' }));
show('unknown execArgv', () => new Worker('1', { eval: true, execArgv: ['--no-such-flag', '--other'] }));
show('env number', () => new Worker('1', { eval: true, env: 42 }));
show('name number', () => new Worker('1', { eval: true, name: 1 }));
show('uncloneable workerData', () => new Worker('1', { eval: true, workerData: Symbol('s') }));
show('options not an object', () => new Worker('1', 5));

process.env.NODUS_WORKER_TEST = 'from parent';
const fixture = path.join(__dirname, 'fixtures', 'echo-worker.js');
const relative = `./${path.relative(process.cwd(), fixture)}`;

const runs = [
  ['absolute path', fixture, { argv: ['a', 1, null], workerData: [1, 'two'] }],
  ['relative path', relative, {}],
  ['file URL', pathToFileURL(fixture), { execArgv: ['--no-deprecation'] }],
  ['own env', fixture, { env: { NODUS_WORKER_OWN: 1, EXTRA: 'x' } }],
  ['shared env', fixture, { env: SHARE_ENV }],
];

function run(i) {
  if (i === runs.length) {
    // Changes made in a worker that shares the environment are the process's.
    const shared = new Worker(`process.env.NODUS_WORKER_SET = 'set in worker';
      delete process.env.NODUS_WORKER_TEST;`, { eval: true, env: SHARE_ENV });
    shared.on('exit', () => {
      console.log('after SHARE_ENV worker:', process.env.NODUS_WORKER_SET,
                  process.env.NODUS_WORKER_TEST);
      const copy = new Worker(`process.env.NODUS_WORKER_COPY = 'x';`, { eval: true });
      copy.on('exit', () => console.log('after default worker:', process.env.NODUS_WORKER_COPY));
    });
    return;
  }
  const [name, file, options] = runs[i];
  const worker = new Worker(file, options);
  worker.on('message', (m) => console.log(name, m));
  worker.on('exit', (code) => {
    console.log(name, 'exit', code);
    run(i + 1);
  });
}
run(0);
