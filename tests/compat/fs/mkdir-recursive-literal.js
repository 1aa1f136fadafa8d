// Recursive mkdir works on the path as given, as node's does: '..' after a missing
// directory creates it, the first directory created keeps the caller's spelling (relative,
// doubled slashes), errors name the caller's path (an empty one too).
'use strict';
const fs = require('fs');
const path = require('path');
const base = fs.mkdtempSync(path.join(require('os').tmpdir(), 'nodus-mkdirp-'));
process.chdir(base);
const cases = [[base + '/x1/../y1/z1'], ['rel/a'], ['./rel2/./b/'], [base + '//dbl///c'], [Buffer.from(base + '/buf/d')], ['rel/a'], ['.'], ['/'], [base + '/file.txt/sub'], [base + '/file.txt'], [base + '/x3/../file.txt/q'], [''], ['a\u0000b']];
fs.writeFileSync(base + '/file.txt', '');
const show = (v) => (typeof v === 'string' ? v.split(base).join('<base>') : v);
for (const [p] of cases) {
  let r; try { r = show(fs.mkdirSync(p, { recursive: true })); } catch (e) { r = `${e.code} ${show(e.message)} ${show(e.path)} ${e.syscall} ${e.errno}`; }
  console.log('sync', JSON.stringify(show(String(p))), '->', r);
}
let i = 0;
(function next() {
  if (i === cases.length) { console.log('x1 exists', fs.existsSync(base + '/x1')); fs.rmSync(base, { recursive: true }); return; }
  const p = cases[i++][0];
  const q = typeof p === 'string' && p !== '' && !p.includes('\u0000') ? p.replace('rel', 'arel').replace('x1', 'x4').replace('buf', 'abuf').replace('dbl', 'adbl') : p;
  try {
    fs.mkdir(q, { recursive: true }, (e, first) => { console.log('cb', JSON.stringify(show(String(q))), '->', e ? `${e.code} ${show(e.message)}` : show(first)); next(); });
  } catch (e) { console.log('cb throws', e.code); next(); }
})();
