'use strict';
// compat: stderr
// Parts of process that programs replace or probe: process.assert (deprecated),
// _rawDebug's formatting, exit() going through reallyExit(), kill() going through
// _kill(), process.env's refusal of symbols and accessors, and the DEP0104 warning.
const { spawnSync } = require('child_process');

function run(code) {
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  console.log(JSON.stringify({ status: r.status, stdout: r.stdout }));
  // The first line of stderr is enough (stacks differ between runtimes).
  console.log('stderr:', JSON.stringify(r.stderr.split('\n')[0]));
}

process.assert(true, 'not shown');
try {
  process.assert(0, 'it failed');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  process.assert(false);
} catch (e) {
  console.log(e.message);
}

process._rawDebug('raw %s %d %j', 'debug', 42, { a: 1 });

const origKill = process._kill;
process._kill = (pid, sig) => {
  console.log('_kill called with', pid === process.pid, sig);
  return 0;
};
console.log('kill returns', process.kill(process.pid, 'SIGUSR2'));
process._kill = origKill;

const sym = Symbol('s');
console.log('symbol get', process.env[sym], sym in process.env, delete process.env[sym]);
try {
  process.env[sym] = 'x';
} catch (e) {
  console.log('symbol set', e.name);
}
try {
  process.env.FOO_SYM = Symbol('v');
} catch (e) {
  console.log('symbol value', e.name);
}
for (const desc of [{ get() { return 'x'; } },
                    { get() { return 'x'; }, configurable: true, enumerable: true },
                    { value: 'x', writable: false },
                    { value: 'x', writable: true, configurable: true, enumerable: true }]) {
  try {
    Object.defineProperty(process.env, 'FOO_DEFINED', desc);
    console.log('defined', process.env.FOO_DEFINED);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
process.env.FOO_OBJECT = { a: 1 };
process.env.FOO_UNDEFINED = undefined;
console.log(process.env.FOO_OBJECT, process.env.FOO_UNDEFINED);
console.log('clone', structuredClone(process.env).FOO_OBJECT);

run("process.reallyExit = (c) => console.log('really', c); process.exitCode = 3; process.exit()");
run("process._fatalException = undefined; throw new Error('boom')");
run("process.on('exit', () => { throw new Error('in exit') });" +
    "process.on('uncaughtException', (e) => console.log('caught', e.message))");
run("process.exitCode = 4; process.on('exit', () => { throw new Error('in exit') });" +
    "process.on('uncaughtException', (e) => console.log('caught', e.message))");
run("process.on('uncaughtExceptionMonitor', (e, o) => console.log('monitor', e.message, o));" +
    "process.setUncaughtExceptionCaptureCallback((e) => console.log('captured', e.message));" +
    "throw new Error('x')");
run("console.log(typeof process.constrainedMemory(), process.constrainedMemory() >= 0)");

// process.dlopen's errors for what cannot be loaded.
for (const args of [[], [{}], [null, 'x'], [{ exports: {} }, 'x', 'y'],
                    [{ exports: {} }, '/nonexistent/addon-%s.node']]) {
  try {
    process.dlopen(...args);
  } catch (e) {
    console.log('dlopen', e.name, e.code, e.message);
  }
}
