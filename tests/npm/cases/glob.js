'use strict';
const { glob, globSync, globStream, hasMagic, escape, Glob } = require('glob');
const fs = require('fs');
const path = require('path');
const { tmpdir } = require('./_tmp');

const root = tmpdir('glob');
const files = ['a.js', 'b.ts', 'lib/c.js', 'lib/d.json', 'lib/sub/e.js', 'lib/sub/f.md',
  '.hidden/g.js', 'node_modules/m/index.js', 'docs/readme.md', 'docs/x [1].txt'];
for (const f of files) {
  fs.mkdirSync(path.join(root, path.dirname(f)), { recursive: true });
  fs.writeFileSync(path.join(root, f), f);
}
fs.symlinkSync('lib', path.join(root, 'liblink'));

const sorted = (a) => a.map((p) => p.split(path.sep).join('/')).sort();

async function main() {
  console.log('**/*.js', sorted(await glob('**/*.js', { cwd: root })));
  console.log('ignore', sorted(await glob('**/*.js', { cwd: root, ignore: ['node_modules/**', 'liblink/**'] })));
  console.log('dot', sorted(globSync('**/*.js', { cwd: root, dot: true, ignore: 'node_modules/**', follow: false })));
  console.log('follow', sorted(globSync('liblink/**/*.js', { cwd: root, follow: true })));
  console.log('braces', sorted(globSync('lib/**/*.{js,md}', { cwd: root })));
  console.log('mark', sorted(globSync('lib/*', { cwd: root, mark: true })));
  console.log('nodir', sorted(globSync('lib/**', { cwd: root, nodir: true })));
  console.log('absolute', sorted(globSync('docs/*', { cwd: root, absolute: true }).map((p) => path.relative(root, p))));
  console.log('escape', escape('docs/x [1].txt'), sorted(globSync(escape('docs/x [1].txt'), { cwd: root })));
  console.log('hasMagic', hasMagic('a/*.js'), hasMagic('a/b.js'), hasMagic(['x', '{a,b}']));
  console.log('withFileTypes', (await glob('lib/*', { cwd: root, withFileTypes: true })).map((p) => `${p.name}:${p.isDirectory()}`).sort());
  console.log('multiple', sorted(globSync(['**/*.md', 'b.*'], { cwd: root })));
  const streamed = [];
  for await (const p of globStream('**/*.json', { cwd: root })) streamed.push(p);
  console.log('stream', sorted(streamed));
  const g = new Glob('*.{js,ts}', { cwd: root });
  const it = [];
  for (const p of g) it.push(p);
  console.log('iterate', sorted(it));
  console.log('nothing', await glob('zzz/**', { cwd: root }));
}
main().catch((e) => {
  console.log('FAILED', e);
  process.exitCode = 1;
});
