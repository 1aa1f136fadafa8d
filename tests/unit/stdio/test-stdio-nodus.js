'use strict';
// process.stdout/stderr behaviour where nodus deliberately differs from node (which the
// golden tests cannot check), and exit-time guarantees:
// - pipes are written synchronously: nothing written before process.exit() is lost,
//   even megabytes that the reader has not consumed yet (node may drop them);
// - the standard descriptors get their original blocking mode back at exit;
// - closed standard descriptors are replaced by /dev/null before anything is opened.
const { spawnSync } = require('child_process');
const fs = require('fs');

let failures = 0;
function check(condition, label) {
  if (!condition) {
    failures++;
    process.stderr.write(`not ok: ${label}\n`);
  }
}

const size = 4 << 20;
for (const code of [
  `process.stdout.write('x'.repeat(${size})); process.exit(0);`,
  `console.log('x'.repeat(${size} - 1)); process.exit(0);`,
  `process.stdout.write('x'.repeat(${size})); throw new Error('after output');`,
  `for (let i = 0; i < ${size / 4}; i++) process.stdout.write('xxxx'); process.exit(3);`,
]) {
  const r = spawnSync(process.execPath, ['-e', code], { maxBuffer: 64 << 20 });
  check(r.stdout.length === size, `all ${size} bytes arrive: ${r.stdout.length} for ${code}`);
}

// Writes to a pipe complete at once: nothing stays queued in the stream.
{
  const r = spawnSync(process.execPath, ['-e', `
    const ok = process.stdout.write('y'.repeat(1 << 20));
    process.stderr.write(JSON.stringify([ok, process.stdout.writableLength]));
  `], { maxBuffer: 8 << 20, encoding: 'utf8' });
  check(r.stderr === '[true,0]', `synchronous pipe write: ${r.stderr}`);
}

// O_NONBLOCK on a stdin pipe is undone at exit (the pipe is shared with the shell).
{
  const r = spawnSync('python3', ['-c', `
import os, fcntl, subprocess, sys
r, w = os.pipe()
subprocess.run([sys.argv[1], '-e', "process.stdin.on('data', () => {}); setTimeout(() => process.exit(0), 50)"], stdin=r)
print(bool(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK))
`, process.execPath], { encoding: 'utf8' });
  if (r.status === 0) check(r.stdout.trim() === 'False', `stdin left non-blocking: ${r.stdout}`);
}

// A closed stdin/stdout becomes /dev/null.
{
  const r = spawnSync('sh', ['-c', `"${process.execPath}" -e "
    const fs = require('fs');
    process.stderr.write(String(fs.fstatSync(0).isCharacterDevice()) + ' ' +
                         String(fs.fstatSync(1).isCharacterDevice()));
  " <&- >&-`], { encoding: 'utf8' });
  check(r.stderr === 'true true', `closed stdio reopened on /dev/null: ${r.stderr}`);
}

// A file stdout is written with write(2) as the program goes.
{
  const file = require('path').join(require('os').tmpdir(), `nodus-stdio-${process.pid}.txt`);
  const fd = fs.openSync(file, 'w');
  const r = spawnSync(process.execPath, ['-e', `
    const fs = require('fs');
    process.stdout.write('first\\n');
    process.stderr.write(String(fs.readFileSync(${JSON.stringify(file)}, 'utf8') === 'first\\n'));
  `], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
  fs.closeSync(fd);
  check(r.stderr === 'true', `file stdout written at once: ${r.stderr}`);
  fs.unlinkSync(file);
}

if (failures) process.exit(1);
