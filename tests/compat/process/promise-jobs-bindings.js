'use strict';
// Bindings that build strings, called from promise jobs: the jobs run nested inside the
// runtime's own engine call, and functions that make strings must still take the engine's
// lock there (this aborted the process once).
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-jobs-'));
const file = path.join(dir, 'text.txt');
let text = '';
for (let i = 0; i < 20000; i++) text += `line ${i} caf\u00e9 ${(i * 7919) % 10007}\n`;
fs.writeFileSync(file, text);

const totals = { sync: 0, promise: 0, hash: 0, url: 0, latin1: 0, base64: 0, dir: 0 };
async function round() {
  await null;
  totals.sync += fs.readFileSync(file, 'utf8').length;
  totals.latin1 += fs.readFileSync(file).toString('latin1').length;
  totals.dir += fs.readdirSync(dir).length;
  totals.promise += (await fs.promises.readFile(file, 'utf8')).length;
  totals.base64 += (await fs.promises.readFile(file)).toString('base64').length;
  totals.url += require('url').pathToFileURL(file).href.endsWith('/text.txt') ? 1 : 0;
  totals.hash += require('crypto').createHash('sha1').update(text).digest('hex').length;
}

(async () => {
  for (let i = 0; i < 60; i++) await round();
  console.log(totals);
  fs.rmSync(dir, { recursive: true });
})();
