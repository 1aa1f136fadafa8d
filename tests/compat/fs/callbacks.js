const fs = require('fs');
const { dir, scrub, p } = require('./_tmp');
const steps = [
  (next) => fs.writeFile(p('f'), 'abc', (err) => { console.log('writeFile', err); next(); }),
  (next) => fs.appendFile(p('f'), 'def', (err) => { console.log('appendFile', err); next(); }),
  (next) => fs.readFile(p('f'), 'utf8', (err, d) => { console.log('readFile', err, d); next(); }),
  (next) => fs.readFile(p('f'), (err, d) => { console.log('readFile buf', err, d.length); next(); }),
  (next) => fs.readFile(p('missing'), (err, d) => { console.log('readFile missing', err.code, scrub(err.message), d); next(); }),
  (next) => fs.stat(p('f'), (err, s) => { console.log('stat', err, s.size, s.isFile()); next(); }),
  (next) => fs.lstat(p('f'), { bigint: true }, (err, s) => { console.log('lstat bigint', err, s.size); next(); }),
  (next) => fs.mkdir(p('d/e'), { recursive: true }, (err, first) => { console.log('mkdir', err, scrub(first)); next(); }),
  (next) => fs.readdir(p(), (err, names) => { console.log('readdir', err, names.sort()); next(); }),
  (next) => fs.readdir(p(), { withFileTypes: true }, (err, ents) => { console.log('readdir types', err, ents.map((e) => e.name).sort()); next(); }),
  (next) => fs.open(p('f'), 'r', (err, fd) => {
    const b = Buffer.alloc(3);
    fs.read(fd, b, 0, 3, 1, (err2, n, same) => {
      console.log('read', err2, n, b.toString(), same === b);
      fs.close(fd, (err3) => { console.log('close', err3); next(); });
    });
  }),
  (next) => fs.rename(p('f'), p('g'), (err) => { console.log('rename', err); next(); }),
  (next) => fs.access(p('g'), (err) => { console.log('access', err); next(); }),
  (next) => fs.access(p('nope'), (err) => { console.log('access missing', err.code); next(); }),
  (next) => fs.exists(p('g'), (yes) => { console.log('exists', yes); next(); }),
  (next) => fs.unlink(p('g'), (err) => { console.log('unlink', err); next(); }),
  (next) => fs.rm(p('d'), { recursive: true }, (err) => { console.log('rm', err); next(); }),
  (next) => fs.mkdtemp(p('t-'), (err, d) => { console.log('mkdtemp', err, /t-\w{6}$/.test(d)); next(); }),
];
let i = 0;
(function next() {
  if (i < steps.length) steps[i++](next);
})();
for (const bad of [() => fs.readFile(p('f')), () => fs.stat(p('f')), () => fs.open(p('f'), 'r'), () => fs.writeFile(p('f'), 'x')]) {
  try {
    bad();
  } catch (e) {
    console.log('no callback', e.code, e.message);
  }
}
console.log('sync part done');
