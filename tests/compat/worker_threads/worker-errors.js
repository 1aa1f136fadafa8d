'use strict';
// How a worker ends: uncaught exceptions (cloned into the parent's 'error' event), an
// unhandled rejection, process.exit() (only the thread ends, nothing after it runs),
// 'exit' listeners in the worker, and exceptions thrown by its uncaughtException
// handlers. Each case runs after the previous one has exited.
const { Worker } = require('worker_threads');
const util = require('util');

const cases = [
  ['TypeError', `throw new TypeError('bad type');`],
  ['custom properties', `const e = new RangeError('r'); e.code = 'E_CODE'; e.info = { n: 1 };
    e.fn = () => {}; throw e;`],
  ['subclass', `class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } }
    throw new MyError('mine');`],
  ['error with cause', `throw new Error('outer', { cause: new Error('inner') });`],
  ['thrown object', `throw { plain: true, list: [1] };`],
  ['thrown string', `throw 'a string';`],
  ['thrown function', `throw function named() {};`],
  ['thrown undefined', `throw undefined;`],
  ['later, from a timer', `setTimeout(() => { null.property; }, 1);`],
  ['unhandled rejection', `Promise.reject(new Error('rejected'));`],
  ['syntax error', `this is not javascript`],
  ['process.exit(3)', `process.on('exit', (code) => console.log('worker exit event', code));
    function deep() { process.exit(3); console.log('NOT REACHED'); }
    try { deep(); } catch { console.log('NOT REACHED either'); }
    console.log('NOT REACHED at all');`],
  ['process.exitCode', `process.exitCode = 9;`],
  ['exit listener resets the code', `process.on('exit', () => { process.exitCode = 0; });
    throw new Error('ok');`],
  ['handled by uncaughtException', `process.on('uncaughtException', (err, origin) => {
      console.log('worker handled', err.message, origin);
    });
    throw new Error('handled');`],
  ['handler throws', `process.on('uncaughtException', () => { throw new Error('from handler'); });
    throw new Error('first');`],
  ['process.exit() in exit listener', `process.on('exit', () => process.exit(5));`],
];

function run(i) {
  if (i === cases.length) return;
  const [name, code] = cases[i];
  console.log(`--- ${name}`);
  const worker = new Worker(code, { eval: true });
  worker.on('error', (err) => {
    const isError = err instanceof Error;
    console.log('error event:', typeof err, isError ? err.constructor.name : '',
                isError ? `${err.name}: ${err.message}` : util.inspect(err),
                isError ? JSON.stringify(Object.keys(err)) : '',
                isError && err.code !== undefined ? err.code : '',
                isError && err.info !== undefined ? util.inspect(err.info) : '',
                isError && err.cause !== undefined ? `cause ${err.cause.message}` : '',
                isError ? typeof err.stack : '');
  });
  worker.on('exit', (exitCode) => {
    console.log('exit code', exitCode);
    run(i + 1);
  });
}
run(0);
