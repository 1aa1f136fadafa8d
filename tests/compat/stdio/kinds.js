'use strict';
// What process.stdin, stdout and stderr are, for pipes, files, /dev/null and closed
// descriptors: the child describes its stdio on stderr.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const child = path.join(__dirname, 'fixtures', 'describe.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stdio-kinds-'));
const outFile = path.join(tmp, 'out.txt');

function run(label, stdio) {
  const r = spawnSync(process.execPath, [child], { stdio, encoding: 'utf8' });
  console.log(`== ${label} (status ${r.status})`);
  // With stderr redirected to a file, read it from there.
  const text = r.stderr !== null && r.stderr !== undefined && r.stderr !== '' ? r.stderr :
    fs.readFileSync(outFile, 'utf8');
  console.log(text.trimEnd());
}

run('all pipes', ['pipe', 'pipe', 'pipe']);
run('stdin from /dev/null', ['ignore', 'pipe', 'pipe']);
{
  const fd = fs.openSync(path.join(__dirname, 'fixtures', 'text.txt'), 'r');
  run('stdin from a file', [fd, 'pipe', 'pipe']);
  fs.closeSync(fd);
}
{
  const fd = fs.openSync(outFile, 'w');
  run('stdout and stderr to a file', ['pipe', fd, fd]);
  fs.closeSync(fd);
}
fs.rmSync(tmp, { recursive: true });
