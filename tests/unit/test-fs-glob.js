'use strict';
// fs.glob, fs.globSync and fsPromises.glob (node 22 APIs the node 20 oracle lacks).
// The expected matches over the "a/..." tree are node 22's, as its own test suite states
// them; the order of results is not specified, so results are compared sorted.

const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

let failures = 0;
const pending = [];
function check(label, fn) {
  try {
    const r = fn();
    if (r && typeof r.then === 'function') {
      pending.push(r.then(null, (err) => fail(label, err)));
    }
  } catch (err) {
    fail(label, err);
  }
}
function fail(label, err) {
  failures++;
  process.stderr.write(`not ok: ${label}\n${err && err.stack || err}\n`);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-glob-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const fixtures = path.join(tmp, 'fixtures');
const abs = path.join(tmp, 'abs');

// The tree: files (each with some text), a link 'a/symlink/a/b/c' -> '../..' (so
// a/symlink/a/b/c is a/symlink/a again, an endless loop for a naive walker), and a few
// empty directories under abs/.
for (const file of ['a/.abcdef/x/y/z/a', 'a/abcdef/g/h', 'a/abcfed/g/h', 'a/b/c/d',
  'a/bc/e/f', 'a/c/d/c/b', 'a/cb/e/f', 'a/x/.y/b', 'a/z/.y/b']) {
  const full = path.join(fixtures, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, 'glob fixture');
}
fs.mkdirSync(path.join(fixtures, 'a/symlink/a/b'), { recursive: true });
fs.symlinkSync('../..', path.join(fixtures, 'a/symlink/a/b/c'), 'dir');
for (const name of ['foo', 'bar', 'baz', 'asdf', 'quux', 'qwer', 'rewq']) {
  fs.mkdirSync(path.join(abs, name), { recursive: true });
}

const symlinkTree = ['a/symlink', 'a/symlink/a', 'a/symlink/a/b', 'a/symlink/a/b/c'];
const plainTree = [
  'a/abcdef', 'a/abcdef/g', 'a/abcdef/g/h', 'a/abcfed', 'a/abcfed/g', 'a/abcfed/g/h',
  'a/b', 'a/b/c', 'a/b/c/d', 'a/bc', 'a/bc/e', 'a/bc/e/f', 'a/c', 'a/c/d', 'a/c/d/c',
  'a/c/d/c/b', 'a/cb', 'a/cb/e', 'a/cb/e/f',
];
const plainDirs = [
  'a/abcdef', 'a/abcdef/g', 'a/abcfed', 'a/abcfed/g', 'a/b', 'a/b/c', 'a/bc', 'a/bc/e', 'a/c',
  'a/c/d', 'a/c/d/c', 'a/cb', 'a/cb/e',
];
const loop3 = ['a/symlink/a/b/c/a', 'a/symlink/a/b/c/a/b', 'a/symlink/a/b/c/a/b/c'];
const absChildren = ['asdf', 'bar', 'baz', 'foo', 'quux', 'qwer', 'rewq'].map((n) => `${abs}/${n}`);

// pattern -> expected matches (relative to `fixtures`, or absolute).
const expectations = new Map([
  ['a/c/d/*/b', ['a/c/d/c/b']],
  ['a//c//d//*//b', ['a/c/d/c/b']],
  ['a/*/d/*/b', ['a/c/d/c/b']],
  ['a/*/+(c|g)/./d', ['a/b/c/d']],
  ['a/**/[cg]/../[cg]', ['a/abcdef/g', 'a/abcfed/g', 'a/b/c', 'a/c', 'a/c/d/c', 'a/symlink/a/b/c']],
  ['a/{b,c,d,e,f}/**/g', []],
  ['a/b/**', ['a/b', 'a/b/c', 'a/b/c/d']],
  ['a/{b/**,b/c}', ['a/b', 'a/b/c', 'a/b/c/d']],
  ['./**/g', ['a/abcdef/g', 'a/abcfed/g']],
  ['a/abc{fed,def}/g/h', ['a/abcdef/g/h', 'a/abcfed/g/h']],
  ['a/abc{fed/g,def}/**/', ['a/abcdef', 'a/abcdef/g', 'a/abcfed/g']],
  ['a/abc{fed/g,def}/**///**/', ['a/abcdef', 'a/abcdef/g', 'a/abcfed/g']],
  ['**/a', ['a', 'a/symlink/a']],
  ['**/a/**', ['a', ...plainTree, ...symlinkTree, 'a/x', 'a/z']],
  ['./**/a', ['a', 'a/symlink/a', 'a/symlink/a/b/c/a']],
  ['./**/a/**/', ['a', ...plainDirs, ...symlinkTree, ...loop3, 'a/x', 'a/z']],
  ['./**/a/**', ['a', ...plainTree, ...symlinkTree, ...loop3, 'a/x', 'a/z']],
  ['./**/a/**/a/**/', ['a/symlink/a', 'a/symlink/a/b', 'a/symlink/a/b/c', ...loop3,
    'a/symlink/a/b/c/a/b/c/a', 'a/symlink/a/b/c/a/b/c/a/b', 'a/symlink/a/b/c/a/b/c/a/b/c']],
  ['+(a|b|c)/a{/,bc*}/**', ['a/abcdef', 'a/abcdef/g', 'a/abcdef/g/h', 'a/abcfed', 'a/abcfed/g', 'a/abcfed/g/h']],
  ['*/*/*/f', ['a/bc/e/f', 'a/cb/e/f']],
  ['./**/f', ['a/bc/e/f', 'a/cb/e/f']],
  ['a/symlink/a/b/c/a/b/c/a/b/c//a/b/c////a/b/c/**/b/c/**', [
    'a/symlink/a/b/c/a/b/c/a/b/c/a/b/c/a/b/c/a/b/c',
    'a/symlink/a/b/c/a/b/c/a/b/c/a/b/c/a/b/c/a/b/c/a',
    'a/symlink/a/b/c/a/b/c/a/b/c/a/b/c/a/b/c/a/b/c/a/b',
    'a/symlink/a/b/c/a/b/c/a/b/c/a/b/c/a/b/c/a/b/c/a/b/c',
  ]],
  [`{./*/*,${abs}/*}`, [...absChildren, 'a/abcdef', 'a/abcfed', 'a/b', 'a/bc', 'a/c', 'a/cb',
    'a/symlink', 'a/x', 'a/z']],
  [`{${abs}/*,*}`, [...absChildren, 'a']],
  ['a/!(symlink)/**', [...plainTree, 'a/x', 'a/z']],
  ['a/symlink/a/**/*', ['a/symlink/a/b', 'a/symlink/a/b/c', 'a/symlink/a/b/c/a']],
  ['a/!(symlink)/**/..', ['a', 'a/abcdef', 'a/abcfed', 'a/b', 'a/bc', 'a/c', 'a/c/d', 'a/cb']],
  ['a/!(symlink)/**/../', ['a', 'a/abcdef', 'a/abcfed', 'a/b', 'a/bc', 'a/c', 'a/c/d', 'a/cb']],
  ['a/!(symlink)/**/../*', ['a/abcdef', 'a/abcdef/g', 'a/abcfed', 'a/abcfed/g', 'a/b', 'a/b/c',
    'a/bc', 'a/bc/e', 'a/c', 'a/c/d', 'a/c/d/c', 'a/cb', 'a/cb/e', 'a/symlink', 'a/x', 'a/z']],
  ['a/!(symlink)/**/../*/*', ['a/abcdef/g', 'a/abcdef/g/h', 'a/abcfed/g', 'a/abcfed/g/h',
    'a/b/c', 'a/b/c/d', 'a/bc/e', 'a/bc/e/f', 'a/c/d', 'a/c/d/c', 'a/c/d/c/b', 'a/cb/e',
    'a/cb/e/f', 'a/symlink/a']],
]);

const sorted = (list) => [...list].sort();
const expectedOf = (list) => sorted(list.map((p) => p.split('/').join(path.sep)));

// The Dirent of a result, as a path relative to the fixtures.
const direntPath = (d) => path.relative(fixtures, path.join(d.parentPath, d.name));
const expectedDirentPaths = (list) => sorted(list.map((p) => (path.isAbsolute(p) ? path.relative(fixtures, p) : path.join(p))));

async function collect(iterable) {
  const out = [];
  for await (const x of iterable) out.push(x);
  return out;
}

function globCallback(pattern, options) {
  return new Promise((resolve, reject) => {
    fs.glob(pattern, options, (err, matches) => (err ? reject(err) : resolve(matches)));
  });
}

for (const [pattern, expected] of expectations) {
  check(`globSync ${pattern}`, () => {
    assert.deepStrictEqual(sorted(fs.globSync(pattern, { cwd: fixtures })), expectedOf(expected));
  });
  check(`globSync URL cwd ${pattern}`, () => {
    assert.deepStrictEqual(sorted(fs.globSync(pattern, { cwd: pathToFileURL(fixtures) })), expectedOf(expected));
  });
  check(`glob ${pattern}`, async () => {
    assert.deepStrictEqual(sorted(await globCallback(pattern, { cwd: fixtures })), expectedOf(expected));
  });
  check(`fsPromises.glob ${pattern}`, async () => {
    assert.deepStrictEqual(sorted(await collect(fsp.glob(pattern, { cwd: fixtures }))), expectedOf(expected));
  });
  check(`globSync withFileTypes ${pattern}`, () => {
    const seen = [];
    const dirents = fs.globSync(pattern, {
      cwd: fixtures, withFileTypes: true, exclude: (d) => { seen.push(d); },
    });
    assert.ok(dirents.every((d) => d instanceof fs.Dirent));
    assert.ok(seen.every((d) => d instanceof fs.Dirent));
    assert.deepStrictEqual(sorted(dirents.map(direntPath)), expectedDirentPaths(expected));
  });
  check(`fsPromises.glob withFileTypes ${pattern}`, async () => {
    const dirents = await collect(fsp.glob(pattern, { cwd: fixtures, withFileTypes: true }));
    assert.ok(dirents.every((d) => d instanceof fs.Dirent));
    assert.deepStrictEqual(sorted(dirents.map(direntPath)), expectedDirentPaths(expected));
  });
  check(`glob withFileTypes ${pattern}`, async () => {
    const dirents = await globCallback(pattern, { cwd: fixtures, withFileTypes: true });
    assert.deepStrictEqual(sorted(dirents.map(direntPath)), expectedDirentPaths(expected));
  });
  // Excluding every expected match (as globs) leaves nothing.
  check(`globSync exclude-all ${pattern}`, () => {
    assert.deepStrictEqual(fs.globSync(pattern, { cwd: fixtures, exclude: expected }), []);
  });
}

// Exclusion: [pattern(s), exclude, expected].
const exclusions = [
  ['a/{b,c}*', ['a/*c'], ['a/b', 'a/cb']],
  ['a/{a,b,c}*', ['a/*bc*', 'a/cb'], ['a/b', 'a/c']],
  ['a/**/[cg]', ['**/c'], ['a/abcdef/g', 'a/abcfed/g']],
  ['a/**/[cg]', ['./**/c'], ['a/abcdef/g', 'a/abcfed/g']],
  ['a/**/[cg]', ['a/**/[cg]/../c'], ['a/abcdef/g', 'a/abcfed/g']],
  ['a/*/+(c|g)/*', ['**/./h'], ['a/b/c/d']],
  ['a/**/[cg]/../[cg]', ['a/ab{cde,cfe}*'], ['a/b/c', 'a/c', 'a/c/d/c', 'a/symlink/a/b/c']],
  [`${abs}/*`, [`${abs}/asdf`, `${abs}/ba*`], [`${abs}/foo`, `${abs}/quux`, `${abs}/qwer`, `${abs}/rewq`]],
  [`${abs}/*`, [`${abs}/asdf`, '**/ba*'], absChildren.filter((p) => !p.endsWith('asdf'))],
  [[`${abs}/*`, 'a/**/[cg]'], [`${abs}/*{a,q}*`, './a/*{c,b}*/*'], [`${abs}/foo`, 'a/c', 'a/symlink/a/b/c']],
  ['a/**', () => true, []],
  ['a/**', ['*'], []],
  ['a/**', ['**'], []],
  ['a/**', ['a/**'], []],
];
for (const [pattern, exclude, expected] of exclusions) {
  const label = `${pattern} exclude ${exclude}`;
  check(`globSync ${label}`, () => {
    assert.deepStrictEqual(sorted(fs.globSync(pattern, { cwd: fixtures, exclude })), expectedOf(expected));
  });
  check(`fsPromises.glob ${label}`, async () => {
    assert.deepStrictEqual(sorted(await collect(fsp.glob(pattern, { cwd: fixtures, exclude }))), expectedOf(expected));
  });
  check(`glob ${label}`, async () => {
    assert.deepStrictEqual(sorted(await globCallback(pattern, { cwd: fixtures, exclude })), expectedOf(expected));
  });
}

// A second, everyday tree: extensions, dot files, '..', arrays of patterns, exclusion by
// function (called with the entry name under '**', with the relative path otherwise).
const proj = path.join(tmp, 'proj');
for (const file of ['index.js', 'readme.txt', 'notes.txt', '.env', 'src/app.js', 'src/util.js',
  'src/lib/deep.js', 'src/lib/data.json', 'src/.hidden/secret.js', 'test/app.test.js',
  'node_modules/pkg/index.js']) {
  fs.mkdirSync(path.join(proj, path.dirname(file)), { recursive: true });
  fs.writeFileSync(path.join(proj, file), '');
}
const everyday = [
  ['*.txt', ['notes.txt', 'readme.txt']],
  ['*', ['index.js', 'node_modules', 'notes.txt', 'readme.txt', 'src', 'test']],
  ['.*', ['.env']],
  ['**/*.js', ['index.js', 'node_modules/pkg/index.js', 'src/app.js', 'src/lib/deep.js',
    'src/util.js', 'test/app.test.js']],
  ['src/**/*.js', ['src/app.js', 'src/lib/deep.js', 'src/util.js']],
  ['src/.hidden/*', ['src/.hidden/secret.js']],
  // node's walker skips dot entries under '**' altogether, even for a literal dot
  // segment that follows it.
  ['src/**/.hidden/*', []],
  ['src/*.{js,json}', ['src/app.js', 'src/util.js']],
  ['src/{lib,nope}/*', ['src/lib/data.json', 'src/lib/deep.js']],
  ['src/lib/../*.js', ['src/app.js', 'src/util.js']],
  ['src/**', ['src', 'src/app.js', 'src/lib', 'src/lib/data.json', 'src/lib/deep.js', 'src/util.js']],
  ['src/', ['src']],
  ['index.js/', []],
  ['src/app.js', ['src/app.js']],
  ['missing.js', []],
  ['src/[a-l]*', ['src/app.js', 'src/lib']],
  ['src/?pp.js', ['src/app.js']],
  ['src/!(app).js', ['src/util.js']],
  [['*.txt', 'src/*.js', '*.txt'], ['notes.txt', 'readme.txt', 'src/app.js', 'src/util.js']],
  [[], []],
  ['', []],
  ['../proj/*.txt', ['../proj/notes.txt', '../proj/readme.txt']],
  ['test/../src/*.js', ['src/app.js', 'src/util.js']],
  [`${proj}/src/*.js`, [`${proj}/src/app.js`, `${proj}/src/util.js`]],
  [`${proj}/test/**`, [`${proj}/test`, `${proj}/test/app.test.js`]],
];
for (const [pattern, expected] of everyday) {
  check(`everyday globSync ${JSON.stringify(pattern)}`, () => {
    assert.deepStrictEqual(sorted(fs.globSync(pattern, { cwd: proj })), expectedOf(expected));
  });
  check(`everyday fsPromises.glob ${JSON.stringify(pattern)}`, async () => {
    assert.deepStrictEqual(sorted(await collect(fsp.glob(pattern, { cwd: proj }))), expectedOf(expected));
  });
}

check('exclude function', () => {
  const calls = new Set();
  const result = fs.globSync('**/*.js', {
    cwd: proj,
    exclude(name) {
      calls.add(name);
      return name === 'node_modules' || name === 'test';
    },
  });
  assert.deepStrictEqual(sorted(result), expectedOf(['index.js', 'src/app.js', 'src/lib/deep.js', 'src/util.js']));
  assert.ok(calls.has('node_modules') && calls.has('lib'), [...calls].join());
});
check('exclude function with relative paths', () => {
  const result = fs.globSync('src/*/*', { cwd: proj, exclude: (p) => p === path.join('src', 'lib') });
  assert.deepStrictEqual(result, []);
});
check('exclude function with Dirents', () => {
  const result = fs.globSync('**/*.js', {
    cwd: proj, withFileTypes: true, exclude: (d) => d.isDirectory() && d.name === 'src',
  });
  assert.deepStrictEqual(sorted(result.map((d) => d.name)), ['app.test.js', 'index.js', 'index.js']);
});
check('withFileTypes gives types', () => {
  const dirents = fs.globSync('src/*', { cwd: proj, withFileTypes: true });
  const desc = sorted(dirents.map((d) => `${d.name}:${d.isDirectory() ? 'dir' : d.isFile() ? 'file' : '?'}`));
  assert.deepStrictEqual(desc, ['app.js:file', 'lib:dir', 'util.js:file']);
  for (const d of dirents) assert.strictEqual(d.parentPath, path.join(proj, 'src'));
});
check('default cwd is process.cwd()', () => {
  const before = process.cwd();
  process.chdir(proj);
  try {
    assert.deepStrictEqual(sorted(fs.globSync('*.txt')), ['notes.txt', 'readme.txt']);
    // '**' alone also yields '.' itself.
    assert.ok(fs.globSync('**').includes('.'));
    const dirents = fs.globSync('src/app.js', { withFileTypes: true });
    assert.strictEqual(dirents.length, 1);
    assert.strictEqual(dirents[0].name, 'app.js');
    assert.ok(dirents[0].isFile());
  } finally {
    process.chdir(before);
  }
});
check('results are unique', () => {
  const result = fs.globSync(['src/*.js', 'src/app.*', '**/app.js'], { cwd: proj });
  assert.deepStrictEqual(sorted(result), expectedOf(['src/app.js', 'src/util.js']));
});

// Arguments.
function assertThrowsCode(fn, code, message) {
  assert.throws(fn, (err) => {
    assert.strictEqual(err.code, code);
    if (message) assert.strictEqual(err.message, message);
    return true;
  });
}
check('argument errors (sync)', () => {
  assertThrowsCode(() => fs.globSync(5), 'ERR_INVALID_ARG_TYPE',
                   'The "patterns" argument must be of type string. Received type number (5)');
  assertThrowsCode(() => fs.globSync(null), 'ERR_INVALID_ARG_TYPE',
                   'The "patterns" argument must be an instance of Array. Received null');
  assertThrowsCode(() => fs.globSync(['a', 1]), 'ERR_INVALID_ARG_TYPE',
                   'The "patterns[1]" argument must be of type string. Received type number (1)');
  assertThrowsCode(() => fs.globSync('*', null), 'ERR_INVALID_ARG_TYPE',
                   'The "options" argument must be of type object. Received null');
  assertThrowsCode(() => fs.globSync('*', 'x'), 'ERR_INVALID_ARG_TYPE');
  assertThrowsCode(() => fs.globSync(5, 5), 'ERR_INVALID_ARG_TYPE',
                   'The "options" argument must be of type object. Received type number (5)');
  assertThrowsCode(() => fs.globSync('*', { exclude: 'x' }), 'ERR_INVALID_ARG_TYPE',
                   'The "options.exclude" property must be of type function or string[]. ' +
                   "Received type string ('x')");
  assertThrowsCode(() => fs.globSync('*', { exclude: ['a', 2] }), 'ERR_INVALID_ARG_TYPE',
                   'The "options.exclude[1]" property must be of type string. Received type number (2)');
  assert.throws(() => fs.globSync('x'.repeat(65537)), { name: 'TypeError', message: 'pattern is too long' });
});
check('glob callback argument errors', async () => {
  assertThrowsCode(() => fs.glob('*'), 'ERR_INVALID_ARG_TYPE',
                   'The "cb" argument must be of type function. Received undefined');
  assertThrowsCode(() => fs.glob('*', {}, 'x'), 'ERR_INVALID_ARG_TYPE');
  // Other argument errors reach the callback, later.
  let sync = true;
  const err = await new Promise((resolve) => {
    fs.glob(5, (e, r) => {
      assert.strictEqual(r, undefined);
      resolve(e);
    });
    sync = false;
  });
  assert.strictEqual(sync, false);
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  const err2 = await new Promise((resolve) => fs.glob('*', null, resolve));
  assert.strictEqual(err2.code, 'ERR_INVALID_ARG_TYPE');
  const matches = await new Promise((resolve, reject) => {
    fs.glob('*.txt', { cwd: proj }, function(e, r) {
      if (e) reject(e);
      assert.strictEqual(arguments.length, 2);
      resolve(r);
    });
  });
  assert.deepStrictEqual(sorted(matches), ['notes.txt', 'readme.txt']);
});
check('fsPromises.glob is an async iterator; errors on first next()', async () => {
  const it = fsp.glob(5);
  assert.strictEqual(typeof it[Symbol.asyncIterator], 'function');
  assert.strictEqual(typeof it.next, 'function');
  await assert.rejects(it.next(), { code: 'ERR_INVALID_ARG_TYPE' });
  const it2 = fsp.glob('*.txt', { cwd: proj });
  const first = await it2.next();
  assert.strictEqual(first.done, false);
  assert.ok(['notes.txt', 'readme.txt'].includes(first.value));
  await it2.return();
  assert.deepStrictEqual(await it2.next(), { value: undefined, done: true });
});
check('exports', () => {
  assert.strictEqual(typeof fs.glob, 'function');
  assert.strictEqual(typeof fs.globSync, 'function');
  assert.strictEqual(typeof fsp.glob, 'function');
});

Promise.all(pending).then(() => {
  if (failures > 0) {
    process.stderr.write(`${failures} failure(s)\n`);
    process.exitCode = 1;
  }
});
