'use strict';
// process.execPath runs the runtime itself (node runs node, nodus runs nodus).
// compat: stderr
const { spawnSync, execFileSync } = require('child_process');
const path = require('path');

const child = path.join(__dirname, 'fixtures', 'child.js');
const run = (args, options) => spawnSync(process.execPath, [child, ...args], options);

console.log('execPath absolute', path.isAbsolute(process.execPath));
let r = run(['argv', 'a', 'b c', '']);
console.log('argv', r.status, r.stdout.toString().trim());
r = run(['echo-stdin'], { input: Buffer.from([0, 1, 2, 255]) });
console.log('stdin', r.status, r.stdout.toString().trim());
const big = Buffer.alloc(3 * 1024 * 1024, 7);
r = run(['echo-stdin'], { input: big });
console.log('big stdin', r.status, r.stdout.toString().trim());
r = run(['streams', '3'], { encoding: 'utf8' });
console.log('streams', r.status, JSON.stringify(r.stdout), JSON.stringify(r.stderr));
r = run(['exit', '42']);
console.log('exit', r.status, r.signal, r.stdout.toString().trim());
r = run(['kill-self', 'SIGTERM']);
console.log('kill-self SIGTERM', r.status, r.signal);
r = run(['kill-self', 'SIGKILL']);
console.log('kill-self SIGKILL', r.status, r.signal);
// Sanitizer settings pass through so a sanitizer build's child behaves like its parent.
const sanitizers = {};
for (const k of ['ASAN_OPTIONS', 'LSAN_OPTIONS', 'UBSAN_OPTIONS']) {
  if (process.env[k] !== undefined) sanitizers[k] = process.env[k];
}
r = run(['env', 'ONE', 'TWO'], { env: { ONE: '1', TWO: 'zwei', ...sanitizers } });
console.log('env', r.status, r.stdout.toString().trim());
r = run(['cwd'], { cwd: '/tmp' });
console.log('cwd', r.status, r.stdout.toString().trim());
r = run(['throw'], { encoding: 'utf8' });
console.log('throw', r.status, r.signal, r.stderr.includes('Error: child failed'));
r = run(['big', String(5 * 1024 * 1024)], { maxBuffer: Infinity });
console.log('big stdout', r.status, r.error, r.stdout.length, r.stdout.every((b) => b === 120));
r = spawnSync(process.execPath, ['-e', 'console.log(1 + 1)'], { encoding: 'utf8' });
console.log('-e', r.status, JSON.stringify(r.stdout));
r = spawnSync(process.execPath, ['-p', 'process.argv.length'], { encoding: 'utf8' });
console.log('-p', r.status, JSON.stringify(r.stdout));

console.log('execFileSync', JSON.stringify(execFileSync(process.execPath, [child, 'argv', 'x'], { encoding: 'utf8' })));
try {
  execFileSync(process.execPath, [child, 'streams', '1']);
} catch (e) {
  console.log('execFileSync failure', e.status, JSON.stringify(e.stdout.toString()),
              JSON.stringify(e.stderr.toString()),
              e.message === `Command failed: ${process.execPath} ${child} streams 1\nto stderr\n`);
}
// Nested: a child that itself uses spawnSync.
r = spawnSync(process.execPath, ['-e',
  'const cp = require("child_process"); process.stdout.write(cp.execSync("echo nested"))'], { encoding: 'utf8' });
console.log('nested', r.status, JSON.stringify(r.stdout));
