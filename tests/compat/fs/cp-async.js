'use strict';
// fs.cp (callback) and fsPromises.cp: results, errors, argument checks, async filters.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { p, scrub } = require('./_tmp');

function describe(e) {
  if (e === null || e === undefined) return String(e);
  let text = `${e.name} ${e.code} ${scrub(e.message)}`;
  if (e.info) text += ` info=${scrub(JSON.stringify(e.info))}`;
  if ('reason' in e) text += ` reason=${e.reason}`;
  return text;
}

function listing(root) {
  const out = [];
  (function walk(rel) {
    const full = path.join(root, rel);
    const st = fs.lstatSync(full);
    if (st.isSymbolicLink()) out.push(`${rel}->${scrub(fs.readlinkSync(full))}`);
    else if (st.isDirectory()) {
      if (rel) out.push(`${rel}/`);
      for (const n of fs.readdirSync(full).sort()) walk(path.join(rel, n));
    } else out.push(`${rel}=${fs.readFileSync(full, 'utf8')}`);
  })('');
  return out.join(' ');
}

fs.mkdirSync(p('src/a/b'), { recursive: true });
fs.writeFileSync(p('src/top'), 'top');
fs.writeFileSync(p('src/a/x.js'), 'x');
fs.writeFileSync(p('src/a/b/y.txt'), 'y');
fs.symlinkSync('x.js', p('src/a/ln'));
fs.writeFileSync(p('file'), 'file');

function cb(label) {
  return function(...args) {
    console.log(label, args.length, describe(args[0]), args.length > 1 ? String(args[1]) : '');
    next();
  };
}

function syncThrow(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, 'throws', describe(e));
  }
}

const steps = [
  () => {
    syncThrow('cb missing', () => fs.cp(p('file'), p('c1')));
    syncThrow('cb not function', () => fs.cp(p('file'), p('c1'), {}, 'x'));
    syncThrow('cb checked before options', () => fs.cp(p('file'), p('c1'), 5, 5));
    syncThrow('bad options', () => fs.cp(p('file'), p('c1'), { force: 1 }, () => console.log('never')));
    syncThrow('bad src', () => fs.cp(5, p('c1'), () => console.log('never')));
    let sync = true;
    fs.cp(p('file'), p('c1'), (...args) => {
      console.log('file copy', args.length, args[0], args[1], 'sync:', sync, fs.readFileSync(p('c1'), 'utf8'));
      next();
    });
    sync = false;
  },
  () => fs.cp(p('src'), p('tree'), { recursive: true }, (err) => {
    console.log('tree', describe(err), listing(p('tree')));
    next();
  }),
  () => fs.cp(p('src'), p('tree2'), cb('dir without recursive')),
  () => fs.cp(p('src'), p('src/a/in'), { recursive: true }, cb('into self')),
  () => fs.cp(p('src'), p('src'), { recursive: true }, cb('same')),
  () => fs.cp(p('missing'), p('m'), cb('missing')),
  () => fs.cp(p('src'), p('file'), { recursive: true }, cb('dir to file')),
  () => fs.cp(p('file'), p('src/top'), { force: false, errorOnExist: true }, cb('errorOnExist')),
  () => {
    const seen = [];
    fs.cp(p('src'), p('async-filter'), {
      recursive: true,
      filter: async (from) => {
        seen.push(scrub(from));
        await new Promise((resolve) => setTimeout(resolve, 1));
        return !from.endsWith('.js');
      },
    }, (err) => {
      console.log('async filter', describe(err), seen.sort().join(' '), '|', listing(p('async-filter')));
      next();
    });
  },
  () => fs.cp(p('src'), p('f-rej'), { recursive: true, filter: () => Promise.reject(new TypeError('filter says no')) }, cb('filter rejects')),
  () => fs.cp(p('src'), p('f-falsy'), { recursive: true, filter: () => Promise.reject(0) }, cb('filter rejects falsy')),
  () => fs.cp(p('src'), p('f-throw'), { recursive: true, filter() { throw new Error('sync throw'); } }, cb('filter throws')),
  () => fs.cp(p('src'), p('f-none'), { recursive: true, filter: () => false }, (err) => {
    console.log('filter false', describe(err), fs.existsSync(p('f-none')));
    next();
  }),
  async () => {
    const r = fsp.cp(p('file'), p('pc1'));
    console.log('promise', r instanceof Promise, await r, fs.readFileSync(p('pc1'), 'utf8'));
    next();
  },
  async () => {
    const results = [];
    for (const [label, fn] of [
      ['p bad options', () => fsp.cp(p('file'), p('x'), 5)],
      ['p bad option', () => fsp.cp(p('file'), p('x'), { recursive: 'yes' })],
      ['p bad mode', () => fsp.cp(p('file'), p('x'), { mode: 99 })],
      ['p pair', () => fsp.cp(p('file'), p('x'), { dereference: true, verbatimSymlinks: true })],
      ['p bad src', () => fsp.cp(null, p('x'))],
      ['p bad dest', () => fsp.cp(p('file'), 7)],
      ['p eisdir', () => fsp.cp(p('src'), p('x'))],
      ['p same', () => fsp.cp(p('file'), p('file'))],
      ['p non dir to dir', () => fsp.cp(p('file'), p('src'))],
      ['p missing', () => fsp.cp(p('nope'), p('x'))],
      ['p link over link', () => {
        fs.symlinkSync(p('src'), p('lsrc'));
        fs.symlinkSync(p('src/a'), p('la'));
        return fsp.cp(p('la'), p('lsrc'));
      }],
      ['p link over link 2', () => fsp.cp(p('lsrc'), p('la'))],
    ]) {
      let promise;
      try {
        promise = fn();
      } catch (e) {
        results.push(`${label} threw synchronously ${describe(e)}`);
        continue;
      }
      try {
        await promise;
        results.push(`${label} resolved`);
      } catch (e) {
        results.push(`${label} rejected ${describe(e)}`);
      }
    }
    console.log(results.join('\n'));
    next();
  },
  async () => {
    await fsp.cp(p('src'), p('ptree'), { recursive: true, filter: async (s) => !s.endsWith('b') });
    console.log('p tree', listing(p('ptree')));
    try {
      await fsp.cp(p('src'), p('ptree'), { recursive: true, force: false });
    } catch (e) {
      console.log('p link over identical link', describe(e));
    }
    fs.writeFileSync(p('ptree/top'), 'changed');
    await fsp.cp(p('src'), p('ptree'), { recursive: true, force: false, filter: (s) => !s.endsWith('ln') });
    console.log('p tree again', listing(p('ptree')));
    try {
      await fsp.cp(p('src'), p('ptree'), { recursive: true, force: false, errorOnExist: true });
    } catch (e) {
      console.log('p errorOnExist', describe(e));
    }
    await fsp.cp(p('src/a'), p('pverb'), { recursive: true, verbatimSymlinks: true });
    console.log('p verbatim', listing(p('pverb')));
    await fsp.cp(p('src/a'), p('pderef'), { recursive: true, dereference: true });
    console.log('p deref', listing(p('pderef')));
    fs.writeFileSync(p('stamp'), 's');
    fs.utimesSync(p('stamp'), 1e6, 2e6);
    fs.chmodSync(p('stamp'), 0o400);
    await fsp.cp(p('stamp'), p('stamp-copy'), { preserveTimestamps: true });
    const st = fs.statSync(p('stamp-copy'));
    console.log('p preserveTimestamps', st.mtimeMs, (st.mode & 0o777).toString(8));
    next();
  },
];

let at = 0;
function next() {
  const step = steps[at++];
  if (step) step();
}
next();
process.on('exit', () => console.log('steps run', at));
