'use strict';
// A worker's standard streams: by default its output appears on the parent's stdout and
// stderr (before the worker's later messages); with stdout/stderr: true the parent reads
// it from worker.stdout/worker.stderr; with stdin: true the parent writes its stdin.
// compat: stderr
const { Worker } = require('worker_threads');

async function main() {
  {
    // (node sends a worker's writes that follow an unacknowledged one later, so only the
    // first write of a turn is ordered against the messages of that turn.)
    const worker = new Worker(`
      const { parentPort } = require('worker_threads');
      console.log('worker stdout line');
      parentPort.postMessage('after output');
      parentPort.once('message', () => {
        console.error('worker stderr line');
        process.stdout.write('raw write\\n');
        parentPort.close();
      });
    `, { eval: true });
    console.log('has streams', typeof worker.stdout.on, typeof worker.stderr.on, worker.stdin);
    worker.on('message', (m) => {
      console.log('parent got', m);
      worker.postMessage('go on');
    });
    await new Promise((resolve) => worker.on('exit', resolve));
  }
  {
    const worker = new Worker(`
      console.log('to a pipe');
      console.error('to the other pipe');
      process.stdout.write(new Uint8Array([104, 105, 10]));
    `, { eval: true, stdout: true, stderr: true });
    const out = [];
    const err = [];
    worker.stdout.on('data', (chunk) => out.push(String(chunk)));
    worker.stderr.on('data', (chunk) => err.push(String(chunk)));
    worker.stdout.on('end', () => console.log('worker.stdout ended'));
    await new Promise((resolve) => worker.on('exit', resolve));
    await new Promise((resolve) => setImmediate(resolve));
    console.log('collected stdout', JSON.stringify(out.join('')));
    console.log('collected stderr', JSON.stringify(err.join('')));
  }
  {
    const worker = new Worker(`
      let text = '';
      process.stdin.setEncoding('utf8');
      process.stdin.on('data', (chunk) => { text += chunk; });
      process.stdin.on('end', () => console.log('worker read', JSON.stringify(text)));
    `, { eval: true, stdin: true });
    worker.stdin.write('first ');
    worker.stdin.end('second');
    await new Promise((resolve) => worker.on('exit', resolve));
  }
  {
    const worker = new Worker(`
      process.stdin.on('data', () => console.log('no data expected'));
      process.stdin.on('end', () => console.log('stdin of a worker without stdin: true ends'));
    `, { eval: true });
    await new Promise((resolve) => worker.on('exit', resolve));
  }
}
main();
