'use strict';
// Output names this directory as <dir>, so the expected output does not depend on where
// the repository is checked out.
{
  const log = console.log;
  const scrub = (v) => (typeof v === 'string' ? v.split(__dirname).join('<dir>') : v);
  console.log = (...args) => log(...args.map(scrub));
}
// exec() and execFile(): the callback's (error, stdout, stderr) for successes, failures,
// signals, timeouts and maxBuffer; encodings; shell, env and cwd; util.promisify; and
// AbortSignal cancellation.
const { exec, execFile } = require('child_process');
const util = require('util');
const path = require('path');
const child = path.join(__dirname, 'fixtures', 'child.js');

function describeError(err) {
  if (err === null) return 'null';
  // The program path differs between runtimes (node runs node, nodus runs nodus).
  return JSON.stringify({
    name: err.name,
    message: err.message,
    code: err.code,
    killed: err.killed,
    signal: err.signal,
    cmd: err.cmd,
    keys: Object.keys(err),
  }).replaceAll(process.execPath, 'EXECPATH');
}

function show(v) {
  return Buffer.isBuffer(v) ? `<Buffer ${v.toString('hex')}>` : JSON.stringify(v);
}

function call(label, fn, ...args) {
  return new Promise((resolve) => {
    const cp = fn(...args, (err, stdout, stderr) => {
      console.log(label, describeError(err));
      console.log('  stdout', show(stdout), 'stderr', show(stderr));
      resolve(cp);
    });
  });
}

(async () => {
  await call('exec ok', exec, 'echo hello; echo world >&2');
  await call('exec exit 3', exec, 'echo out; echo bad >&2; exit 3');
  await call('exec missing command', exec, 'nonexistent-command-xyz 2>/dev/null');
  await call('exec signal', exec, 'kill -TERM $$');
  await call('exec env', exec, 'echo $FOO', { env: { FOO: 'bar', PATH: process.env.PATH } });
  await call('exec cwd', exec, 'pwd', { cwd: '/' });
  await call('exec shell', exec, 'echo $0', { shell: '/bin/sh' });
  await call('exec buffer', exec, 'printf "\\001\\002"', { encoding: 'buffer' });
  await call('exec latin1', exec, 'printf "\\351"', { encoding: 'latin1' });
  await call('exec hex', exec, 'printf ab', { encoding: 'hex' });
  await call('exec unknown encoding', exec, 'printf ab', { encoding: 'nope' });
  await call('exec timeout', exec, 'sleep 5', { timeout: 100 });
  await call('exec timeout SIGKILL', exec, 'sleep 5', { timeout: 100, killSignal: 'SIGKILL' });
  await call('exec maxBuffer', exec, 'echo 0123456789abcdef', { maxBuffer: 5 });
  await call('exec maxBuffer stderr', exec, 'echo 0123456789 >&2', { maxBuffer: 4 });
  await call('exec maxBuffer 0', exec, 'echo x', { maxBuffer: 0 });
  await call('exec maxBuffer Infinity', exec, 'echo x', { maxBuffer: Infinity });
  await call('exec no options', exec, 'echo no-options', undefined);

  await call('execFile ok', execFile, process.execPath, [child, 'streams']);
  await call('execFile exit', execFile, process.execPath, [child, 'streams', '4']);
  await call('execFile no args', execFile, 'pwd', { cwd: '/tmp' });
  await call('execFile ENOENT', execFile, 'nonexistent-program-xyz', ['x']);
  await call('execFile ENOENT no args', execFile, 'nonexistent-program-xyz');
  await call('execFile shell', execFile, 'echo $((1+2))', { shell: true });
  await call('execFile throw', execFile, process.execPath, [child, 'exit', '9']);
  await call('execFile buffer', execFile, 'printf', ['xyz'], { encoding: 'buffer' });

  // Killing the child of an execFile by hand.
  await new Promise((resolve) => {
    const cp = execFile('sleep', ['5'], (err) => {
      console.log('manual kill', describeError(err));
      resolve();
    });
    cp.kill();
  });

  // Promisified forms.
  const execP = util.promisify(exec);
  const execFileP = util.promisify(execFile);
  const p = execP('echo promised');
  console.log('promise child', typeof p.child.pid);
  console.log('promise', await p);
  console.log('execFile promise', await execFileP('printf', ['a%sb', '-']));
  try {
    await execP('echo so; echo sad >&2; exit 2');
  } catch (e) {
    console.log('promise rejected', describeError(e), show(e.stdout), show(e.stderr));
  }

  // AbortSignal.
  {
    const ac = new AbortController();
    const cp = execFile('sleep', ['5'], { signal: ac.signal }, (err) => {
      console.log('aborted', describeError(err), err.cause === undefined);
    });
    cp.on('spawn', () => ac.abort());
    await new Promise((r) => cp.on('close', r));
  }
  {
    const cp = exec('sleep 5', { signal: AbortSignal.abort('why') }, (err) => {
      console.log('pre-aborted', err.name, err.code, err.message, err.cause);
    });
    await new Promise((r) => cp.on('close', r));
  }

  // Argument validation.
  for (const [label, fn] of [
    ['exec command', () => exec(1)],
    ['exec NUL', () => exec('echo \0')],
    ['exec callback', () => exec('true', {}, 'nope')],
    ['execFile callback', () => execFile('true', [], {}, 1)],
    ['execFile options', () => execFile('true', [], 5)],
    ['execFile maxBuffer', () => execFile('true', { maxBuffer: -1 })],
    ['execFile maxBuffer string', () => execFile('true', { maxBuffer: '1' })],
    ['execFile timeout', () => execFile('true', { timeout: -5 })],
    ['execFile killSignal', () => execFile('true', { killSignal: 'NOPE' })],
    ['execFile argv0', () => execFile('true', { argv0: 5 })],
  ]) {
    try {
      fn();
      console.log(label, 'did not throw');
    } catch (e) {
      console.log(label, e.name, e.code, e.message);
    }
  }
})();
