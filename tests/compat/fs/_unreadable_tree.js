'use strict';
// Test helper for the permission goldens: builds, in a fresh temporary directory, a
// directory nobody may read (closed/a/locked, mode 000) and one that may be read but not
// searched (unsearchable/top, mode 444), runs the calling test again as `FILE child DIR`
// (under the unprivileged uid 65534 when run as root, since permissions do not bind
// root), prints the child's output and status, and restores the modes so that the
// directory can be removed at exit. `extra(p)` adds entries of the caller's own.
const fs = require('fs');
const { spawnSync } = require('child_process');

function runChildOverUnreadableTree(file, extra = () => {}) {
  const { p, dir } = require('./_tmp');
  fs.chmodSync(dir, 0o755);
  fs.mkdirSync(p('closed', 'a', 'locked', 'inner'), { recursive: true });
  fs.writeFileSync(p('closed', 'a', 'f'), '');
  fs.writeFileSync(p('closed', 'z'), '');
  fs.chmodSync(p('closed', 'a', 'locked'), 0o000);
  fs.mkdirSync(p('unsearchable', 'top', 'sub'), { recursive: true });
  fs.writeFileSync(p('unsearchable', 'top', 'g'), '');
  fs.chmodSync(p('unsearchable', 'top'), 0o444);
  extra(p);
  const options = { encoding: 'utf8' };
  if (process.getuid() === 0) Object.assign(options, { uid: 65534, gid: 65534 });
  const r = spawnSync(process.execPath, [file, 'child', dir], options);
  process.stdout.write(r.stdout);
  process.stdout.write(r.stderr);
  console.log('status', r.status);
  fs.chmodSync(p('closed', 'a', 'locked'), 0o755);
  fs.chmodSync(p('unsearchable', 'top'), 0o755);
}

module.exports = { runChildOverUnreadableTree };
