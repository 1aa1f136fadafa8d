'use strict';
// Runs a script under a pseudo-terminal (util-linux script(1)) of a given size and
// returns what it wrote, with the terminal's \r\n turned back into \n.
const { spawnSync } = require('child_process');
const path = require('path');

function quote(s) {
  return `'${String(s).replace(/'/g, "'\\''")}'`;
}

function runInPty(script, { args = [], cols = 80, rows = 24, env = {}, input } = {}) {
  const command = [
    `stty cols ${cols} rows ${rows} 2>/dev/null;`,
    'exec', quote(process.execPath), quote(path.join(__dirname, 'fixtures', script)),
    ...args.map(quote),
  ].join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    input,
    timeout: 20000,
  });
  return { status: r.status, output: (r.stdout || '').replace(/\r\n/g, '\n') };
}

module.exports = { runInPty };

// process.env with `env` applied; an empty string value removes the variable.
function mergeEnv(env) {
  const merged = { ...process.env };
  for (const [key, value] of Object.entries(env)) {
    if (value === '') delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

// Runs fixtures/SCRIPT under fixtures/ptydrive.py with the given steps (see there).
function drive(script, steps, { cols = 80, rows = 24, args = [], env = {} } = {}) {
  const r = spawnSync('python3', [
    path.join(__dirname, 'fixtures', 'ptydrive.py'), String(cols), String(rows),
    JSON.stringify(steps), '--', process.execPath,
    path.join(__dirname, 'fixtures', script), ...args,
  ], { encoding: 'utf8', env: mergeEnv(env), timeout: 60000 });
  return r.stdout + (r.stderr ? `stderr: ${r.stderr}` : '');
}

module.exports.drive = drive;
