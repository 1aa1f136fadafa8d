'use strict';
// Shared helpers of the npm package checks: fresh temporary directories that are removed
// at exit, a listing of a tree in a stable order, and a filter that hides their paths.
const fs = require('fs');
const os = require('os');
const path = require('path');

const roots = [];

function tmpdir(tag) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `nodus-npm-${tag}-`));
  roots.push(dir);
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

// Replaces the temporary directories' random paths in a message by <tmp>.
function clean(text) {
  let s = String(text);
  for (const r of roots) s = s.split(r).join('<tmp>');
  return s;
}

function tree(root) {
  const out = [];
  (function walk(dir, rel) {
    for (const name of fs.readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      const st = fs.lstatSync(full);
      if (st.isDirectory()) {
        out.push(`${r}/`);
        walk(full, r);
      } else if (st.isSymbolicLink()) {
        out.push(`${r} -> ${clean(fs.readlinkSync(full))}`);
      } else {
        out.push(`${r} (${st.size})`);
      }
    }
  })(root, '');
  return out;
}

module.exports = { tmpdir, tree, clean };
