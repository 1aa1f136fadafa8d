// Flags: --expose-internals
'use strict';
// tty_wrap's TTY handle and helpers. Without a terminal at hand the constructor's failure
// is checked; under script(1), which gives the child a pseudo-terminal, the handle is
// used for real (window size, raw mode, writing through net.Socket).
const assert = require('assert');
const fs = require('fs');
const { internalBinding } = require('internal/test/binding');
const { TTY, guessHandleType, isTTY } = internalBinding('tty_wrap');

if (process.argv[2] === 'child') {
  // Running on a pseudo-terminal.
  const net = require('net');
  assert.strictEqual(guessHandleType(1), 'TTY');
  assert.strictEqual(isTTY(1), true);
  const ctx = {};
  const handle = new TTY(1, ctx);
  assert.strictEqual(ctx.code, undefined);
  const size = [];
  assert.strictEqual(handle.getWindowSize(size), 0);
  // script(1) gives the pseudo-terminal the size of its own terminal, 0x0 without one.
  assert.ok(Number.isInteger(size[0]) && Number.isInteger(size[1]), `size ${size}`);
  const input = new TTY(0, {});
  assert.strictEqual(input.setRawMode(true), 0);
  assert.strictEqual(input.setRawMode(false), 0);
  input.close();
  const out = new net.Socket({ handle, readable: false, writable: true, manualStart: true });
  out.write('tty write ok\n', () => out.end());
  return;
}

const fd = fs.openSync(__filename, 'r');
assert.strictEqual(guessHandleType(fd), 'FILE');
assert.strictEqual(isTTY(fd), false);
const ctx = {};
assert.throws(() => new TTY(fd, ctx), { code: 'EINVAL', syscall: 'uv_tty_init' });
assert.strictEqual(ctx.code, 'EINVAL');
assert.strictEqual(ctx.syscall, 'uv_tty_init');
assert.strictEqual(typeof ctx.errno, 'number');
fs.closeSync(fd);
assert.strictEqual(guessHandleType(-1), 'UNKNOWN');

const { spawnSync } = require('child_process');
const script = '/usr/bin/script';
if (fs.existsSync(script)) {
  const cmd = [process.execPath, '--expose-internals', __filename, 'child']
    .map((a) => `'${a}'`).join(' ');
  const r = spawnSync(script, ['-qec', cmd, '/dev/null'], { encoding: 'utf8', timeout: 20000 });
  assert.strictEqual(r.status, 0, `${r.stdout}\n${r.stderr}`);
  assert.match(r.stdout, /tty write ok/);
}
