'use strict';
// Argument validation of every path function in both flavours: the error's class, code
// and message for each kind of wrong value, and which argument is reported first.
const path = require('path');

function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (err) {
    console.log(label, err.name, err.code, err instanceof TypeError, err.message);
  }
}

const bad = [null, undefined, true, 0, -0, 1.5, NaN, 10n, Symbol('s'), {}, [], () => {},
  function named() {}, new String('boxed'), /re/, new Date(0)];
for (const flavor of ['posix', 'win32']) {
  const p = path[flavor];
  for (const value of bad) {
    const shown = typeof value === 'symbol' ? 'symbol' : typeof value === 'bigint' ? '10n' :
      typeof value === 'function' ? `function ${value.name}` : JSON.stringify(value) ?? String(value);
    attempt(`${flavor}.normalize(${shown})`, () => p.normalize(value));
    attempt(`${flavor}.isAbsolute(${shown})`, () => p.isAbsolute(value));
    attempt(`${flavor}.join('a', ${shown})`, () => p.join('a', value));
    attempt(`${flavor}.resolve(${shown})`, () => p.resolve(value));
    attempt(`${flavor}.relative(${shown}, 'a')`, () => p.relative(value, 'a'));
    attempt(`${flavor}.relative('a', ${shown})`, () => p.relative('a', value));
    attempt(`${flavor}.dirname(${shown})`, () => p.dirname(value));
    attempt(`${flavor}.basename(${shown})`, () => p.basename(value));
    attempt(`${flavor}.basename('a', ${shown})`, () => p.basename('a', value));
    attempt(`${flavor}.extname(${shown})`, () => p.extname(value));
    attempt(`${flavor}.parse(${shown})`, () => p.parse(value));
    attempt(`${flavor}.format(${shown})`, () => p.format(value));
  }
  // Which argument is reported.
  attempt(`${flavor}.resolve(1, 2)`, () => p.resolve(1, 2));
  attempt(`${flavor}.resolve('a', 2, 'b')`, () => p.resolve('a', 2, 'b'));
  attempt(`${flavor}.join(1, 2)`, () => p.join(1, 2));
  attempt(`${flavor}.relative(1, 2)`, () => p.relative(1, 2));
  attempt(`${flavor}.basename(1, 2)`, () => p.basename(1, 2));
  attempt(`${flavor}.relative()`, () => p.relative());
  attempt(`${flavor}.basename()`, () => p.basename());
  attempt(`${flavor}.format()`, () => p.format());
  attempt(`${flavor}.matchesGlob(1, 2)`, () => p.matchesGlob(1, 2));
  attempt(`${flavor}.matchesGlob('a', 2)`, () => p.matchesGlob('a', 2));
  attempt(`${flavor}.matchesGlob(null, 'a')`, () => p.matchesGlob(null, 'a'));
}
// Arguments to the left of an absolute one are not looked at by posix.resolve; win32
// keeps reading them while it has not found a drive.
attempt('posix.resolve(1, "/a")', () => path.posix.resolve(1, '/a'));
attempt('win32.resolve(1, "c:/a")', () => path.win32.resolve(1, 'c:/a'));
attempt('win32.resolve(1, "/a")', () => path.win32.resolve(1, '/a'));
attempt('win32.resolve(null, "c:a")', () => path.win32.resolve(null, 'c:a'));
attempt('win32.resolve(1, "\\\\\\\\s\\\\h")', () => path.win32.resolve(1, '\\\\s\\h'));
