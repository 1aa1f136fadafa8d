// access()/copyFile() modes follow node's native rules (truncation, NaN, wording); numeric
// open flags must be int32 in every form of open, readFile, writeFile and appendFile.
'use strict';
const fs = require('fs');
const dir = fs.mkdtempSync(require('path').join(require('os').tmpdir(), 'nodus-mode-'));
const src = dir + '/src';
const dst = dir + '/dst';
fs.writeFileSync(src, 'x');

const vals = [undefined, null, 0, 1, 7, 8, -1, 1.5, 7.5, -0.5, NaN, Infinity, 2 ** 31, 2 ** 32 + 1, 2 ** 53, '1', true, {}, 1n];
for (const v of vals) {
  const show = typeof v === 'bigint' ? '1n' : typeof v === 'object' && v ? '{}' : String(v);
  let a, c, ac;
  try { fs.accessSync(src, v); a = 'ok'; } catch (e) { a = `${e.code}: ${e.message.split(dir).join("<dir>")}`; }
  try { fs.copyFileSync(src, dst, v); c = 'ok'; } catch (e) { c = `${e.code}: ${e.message.split(dir).join("<dir>")}`; }
  try { fs.access(src, v, () => {}); ac = 'ok'; } catch (e) { ac = `${e.code}: ${e.message.split(dir).join("<dir>")}`; }
  console.log(show, '| access', a, '| copyFile', c, '| access cb', ac);
}
fs.rmSync(dir, { recursive: true });
