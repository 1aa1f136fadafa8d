// fs.rm and recursive fs.mkdir (callback and promise forms) work on the thread pool as
// node's do: ticks and immediates queued after the call run before their callbacks; the
// results and errors of each case, taken one after another.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-rm-async-'));
const show = (err) => (err ? `${err.code} ${err.message.split(dir).join('<dir>')}` : 'ok');
const rel = (p) => (typeof p === 'string' ? p.split(dir).join('<dir>') : p);

function build() {
  fs.mkdirSync(path.join(dir, 'tree/a/b/c'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'tree/file.txt'), 'x');
  fs.writeFileSync(path.join(dir, 'tree/a/b/c/deep.txt'), 'y');
  fs.mkdirSync(path.join(dir, 'target'));
  fs.writeFileSync(path.join(dir, 'target/keep.txt'), 'keep');
  fs.symlinkSync(path.join(dir, 'target'), path.join(dir, 'tree/link-to-dir'));
  fs.writeFileSync(Buffer.concat([Buffer.from(path.join(dir, 'tree/a') + '/'), Buffer.from([0xff, 0x41])]), 'z');
  for (let i = 0; i < 50; i++) fs.writeFileSync(path.join(dir, 'tree/a/b', `f${i}`), String(i));
}

const steps = [
  (next) => {
    build();
    fs.rm(path.join(dir, 'tree'), { recursive: true }, (err) => {
      console.log('rm tree:', show(err), fs.existsSync(path.join(dir, 'tree')),
                  'target kept:', fs.readFileSync(path.join(dir, 'target/keep.txt'), 'utf8'));
      next();
    });
    process.nextTick(() => console.log('tick before rm callback'));
    setImmediate(() => console.log('immediate before rm callback'));
  },
  (next) => fs.rm(path.join(dir, 'missing'), (err) => { console.log('rm missing:', show(err)); next(); }),
  (next) => fs.rm(path.join(dir, 'missing'), { force: true }, (err) => {
    console.log('rm missing force:', show(err));
    next();
  }),
  (next) => fs.rm(path.join(dir, 'target'), (err) => {
    console.log('rm dir without recursive:', show(err), err && err.name, err && err.syscall);
    next();
  }),
  (next) => fs.rm(path.join(dir, 'target/keep.txt'), (err) => {
    console.log('rm file:', show(err), fs.existsSync(path.join(dir, 'target/keep.txt')));
    next();
  }),
  (next) => fs.rm(Buffer.from(path.join(dir, 'target')), { recursive: true }, (err) => {
    console.log('rm Buffer path:', show(err), fs.existsSync(path.join(dir, 'target')));
    next();
  }),
  (next) => {
    fs.mkdir(path.join(dir, 'm/n/o'), { recursive: true }, (err, first) => {
      console.log('mkdir -p:', show(err), rel(first));
      next();
    });
    process.nextTick(() => console.log('tick before mkdir callback'));
  },
  (next) => fs.mkdir(path.join(dir, 'm/n/o'), { recursive: true }, (err, first) => {
    console.log('mkdir -p existing:', show(err), first);
    next();
  }),
  (next) => {
    fs.writeFileSync(path.join(dir, 'plain'), 'p');
    fs.mkdir(path.join(dir, 'plain/sub/dir'), { recursive: true }, (err, first) => {
      console.log('mkdir -p through a file:', show(err), first);
      next();
    });
  },
  (next) => fs.mkdir(path.join(dir, 'plain'), { recursive: true }, (err, first) => {
    console.log('mkdir -p on a file:', show(err), first);
    next();
  }),
  (next) => fs.promises.mkdir(path.join(dir, 'p/q'), { recursive: true }).then((first) => {
    console.log('promises mkdir -p:', rel(first));
    return fs.promises.rm(path.join(dir, 'p'), { recursive: true });
  }).then(() => {
    console.log('promises rm:', fs.existsSync(path.join(dir, 'p')));
    return fs.promises.rm(path.join(dir, 'nope'));
  }).catch((err) => {
    console.log('promises rm missing:', show(err));
    next();
  }),
];

(function run(i) {
  if (i === steps.length) {
    fs.rmSync(dir, { recursive: true });
    console.log('done');
    return;
  }
  steps[i](() => run(i + 1));
})(0);
