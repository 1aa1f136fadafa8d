// fs.promises.access/copyFile and the callback copyFile check modes by node's native rules.
'use strict';
const fs = require('fs');
const dir = fs.mkdtempSync(require('path').join(require('os').tmpdir(), 'nodus-mode-'));
const src = dir + '/src';
const dst = dir + '/dst';
fs.writeFileSync(src, 'x');

const vals = [null, 1.5, -0.5, NaN, Infinity, 2 ** 32 + 1, '1', 1n];
(async () => {
for (const v of vals) {
  let a, c;
  try { await fs.promises.access(src, v); a = 'ok'; } catch (e) { a = `${e.code}: ${e.message.split(dir).join("<dir>")}`; }
  try { await fs.promises.copyFile(src, dst, v); c = 'ok'; } catch (e) { c = `${e.code}: ${e.message.split(dir).join("<dir>")}`; }
  let cb = await new Promise((res) => { try { fs.copyFile(src, dst, v, (e) => res(e ? e.code : 'ok')); } catch (e) { res(`${e.code}: ${e.message.split(dir).join("<dir>")}`); } });
  console.log(typeof v === 'bigint' ? '1n' : String(v), '| p.access', a, '| p.copyFile', c, '| copyFile cb', cb);
}
  fs.rmSync(dir, { recursive: true });
})();
