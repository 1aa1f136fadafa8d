'use strict';
// --redirect-warnings=FILE and NODE_REDIRECT_WARNINGS: printed warnings go to the end of
// FILE instead of stderr (and to stderr when FILE cannot be opened); a 'warning' event
// whose argument is not an Error prints nothing.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-warn-'));
const file = path.join(dir, 'warnings.txt');
const code = "process.emitWarning('first', 'CustomWarning', 'C1');" +
  "process.emitWarning('second');" +
  "process.emit('warning', 'not an error');";

function run(label, args, env) {
  const r = spawnSync(process.execPath, [...args, '-e', code],
                      { encoding: 'utf8', env: { ...process.env, ...env } });
  const pidless = (text) => text.replace(/\(node:\d+\)/g, '(node:PID)');
  console.log(label, r.status, JSON.stringify(pidless(r.stderr)));
  if (fs.existsSync(file)) {
    console.log('  file:', JSON.stringify(pidless(fs.readFileSync(file, 'utf8'))));
    fs.rmSync(file);
  }
}

run('plain', []);
run('flag', [`--redirect-warnings=${file}`]);
run('flag again', [`--redirect-warnings=${file}`]);
fs.writeFileSync(file, 'existing\n');
run('appends to existing', [`--redirect-warnings=${file}`]);
run('env', [], { NODE_REDIRECT_WARNINGS: file });
run('unwritable', [`--redirect-warnings=${path.join(dir, 'missing', 'w.txt')}`]);
fs.rmSync(dir, { recursive: true });
