'use strict';
// Test helper: a fresh temporary directory removed at exit, and output scrubbing.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-fs-test-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
function scrub(text) {
  return String(text).split(dir).join('<d>');
}
function show(label, fn) {
  try {
    const v = fn();
    console.log(label, scrub(typeof v === 'string' ? JSON.stringify(v) : Buffer.isBuffer(v) ? `<${v.toString('hex')}>` : v));
  } catch (e) {
    console.log(label, e.name, e.code, scrub(e.message), e.syscall ?? '', e.errno ?? '');
  }
}
module.exports = { dir, scrub, show, p: (...parts) => path.join(dir, ...parts) };
