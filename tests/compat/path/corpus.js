'use strict';
// A seeded pseudo-random corpus: strings built from path fragments (separators of
// both kinds, drives, UNC and device prefixes, reserved names, dots, unicode), run
// through every function of both flavours.
const path = require('path');

process.cwd = () => '/corpus/cwd';
let state = 20240601;
function next(n) {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0;
  return (state >>> 8) % n;
}
const pieces = ['', 'a', 'b', 'foo', '.', '..', '...', '/', '//', '\\', '\\\\', 'C:', 'c:', 'z:', ':',
  '?', '.js', 'a.b', '.x', 'CON', 'con', 'aux', 'NUL', 'LPT1', 'COM1', '\u00e9', '\ud83d\ude00', ' ',
  'UNC', 'server', 'share', '$', '*', '\\\\?\\', '\\\\.\\', '//?/', 'C:\\', 'c:/', 'con.txt:', 'x:y'];
function piece() { return pieces[next(pieces.length)]; }
function randomPath() {
  let out = '';
  for (let n = next(6); n > 0; n--) out += piece();
  return out;
}
function run(fn) {
  try {
    return fn();
  } catch (err) {
    return `${err.name} ${err.code}`;
  }
}
for (let i = 0; i < 400; i++) {
  const a = randomPath();
  const b = randomPath();
  const suffix = next(2) ? piece() : a.slice(next(a.length + 1));
  for (const flavor of ['posix', 'win32']) {
    const p = path[flavor];
    console.log(JSON.stringify([flavor, a, b, suffix,
      run(() => p.normalize(a)), run(() => p.isAbsolute(a)), run(() => p.dirname(a)),
      run(() => p.basename(a)), run(() => p.basename(a, suffix)), run(() => p.extname(a)),
      run(() => p.parse(a)), run(() => p.format(p.parse(a))), run(() => p.join(a, b)),
      run(() => p.resolve(a, b)), run(() => p.relative(a, b)), run(() => p.toNamespacedPath(a))]));
  }
}
