'use strict';
// The global console writes to stdout and stderr before a program has touched
// process.stdout/stderr: output to a file or a pipe comes out complete, in order with
// later stream writes, counted by bytesWritten, and goes to a replaced process.stdout.
const { spawnSync, spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const child = path.join(__dirname, 'fixtures', 'console-direct-child.js');

for (const mode of ['mixed', 'replaced', 'exit']) {
  const r = spawnSync(process.execPath, [child, mode], { encoding: 'utf8' });
  console.log(mode, 'pipe:', JSON.stringify(r.stdout), JSON.stringify(r.stderr), r.status);
  const file = path.join(os.tmpdir(), `nodus-console-direct-${process.pid}.txt`);
  const fd = fs.openSync(file, 'w');
  const f = spawnSync(process.execPath, [child, mode], { stdio: ['ignore', fd, 'pipe'] });
  fs.closeSync(fd);
  console.log(mode, 'file:', JSON.stringify(fs.readFileSync(file, 'utf8')), f.status);
  fs.unlinkSync(file);
}

const big = spawn(process.execPath, [child, 'big'], { stdio: ['ignore', 'pipe', 'inherit'] });
big.stdout.pause();
let received = '';
setTimeout(() => {
  big.stdout.setEncoding('utf8');
  big.stdout.on('data', (chunk) => { received += chunk; });
  big.stdout.resume();
}, 200);
big.on('close', (code) => {
  const lines = received.split('\n');
  console.log('big:', code, received.length, lines.length, lines[3000],
              lines.slice(0, 3000).every((l) => l.length === 999));
});
