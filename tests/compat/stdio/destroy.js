'use strict';
// destroy(), destroySoon() and end() on process.stdout never close descriptor 1; the
// stream even stays usable after destroy().
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const script = path.join(__dirname, 'fixtures', 'destroy.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stdio-destroy-'));
for (const mode of ['destroy', 'destroySoon', 'end', 'destroy-error']) {
  for (const target of ['pipe', 'file']) {
    let stdout = 'pipe';
    const file = path.join(tmp, `${mode}.txt`);
    if (target === 'file') stdout = fs.openSync(file, 'w');
    const r = spawnSync(process.execPath, [script, mode], {
      stdio: ['ignore', stdout, 'pipe'], encoding: 'utf8',
    });
    if (target === 'file') fs.closeSync(stdout);
    const out = target === 'file' ? fs.readFileSync(file, 'utf8') : r.stdout;
    console.log(`== ${mode} to a ${target} (status ${r.status})`);
    console.log('stdout:', JSON.stringify(out));
    console.log('stderr:', JSON.stringify(r.stderr));
  }
}
fs.rmSync(tmp, { recursive: true });
