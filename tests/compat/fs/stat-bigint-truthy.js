// Only `bigint: true` asks for BigInt stats: node's native layer tests for true, so other
// truthy values give ordinary numbers, in every stat form and in watchFile.
'use strict';
const fs = require('fs');
const fsp = fs.promises;
const { p } = require('./_tmp');

const f = p('a.txt');
fs.writeFileSync(f, 'data');
const kind = (s) => typeof s.size;

(async () => {
  for (const bigint of [1, 'x', {}, [], true, false]) {
    const o = { bigint };
    const r = [];
    r.push(kind(fs.statSync(f, o)), kind(fs.lstatSync(f, o)));
    const fd = fs.openSync(f, 'r');
    r.push(kind(fs.fstatSync(fd, o)));
    r.push(await new Promise((res) => fs.fstat(fd, o, (e, s) => res(kind(s)))));
    fs.closeSync(fd);
    r.push(await new Promise((res) => fs.stat(f, o, (e, s) => res(kind(s)))));
    r.push(await new Promise((res) => fs.lstat(f, o, (e, s) => res(kind(s)))));
    r.push(kind(await fsp.stat(f, o)), kind(await fsp.lstat(f, o)));
    const h = await fsp.open(f);
    r.push(kind(await h.stat(o)));
    await h.close();
    r.push(typeof fs.statfsSync(f, o).bsize, typeof (await fsp.statfs(f, o)).bsize);
    r.push(await new Promise((res) => fs.statfs(f, o, (e, s) => res(typeof s.bsize))));
    console.log(JSON.stringify(bigint), r.join(' '));
  }
  for (const bigint of [1, true]) {
    await new Promise((resolve) => {
      const listener = (curr) => {
        console.log('watchFile', bigint, typeof curr.size);
        fs.unwatchFile(f, listener);
        resolve();
      };
      fs.watchFile(f, { bigint, interval: 20 }, listener);
      setTimeout(() => fs.writeFileSync(f, `changed ${bigint}`), 50);
    });
  }
  // Chunks of an iterable that are not strings or views go through Buffer.from.
  const h = await fsp.open(p('it.txt'), 'w');
  await h.writeFile([[0x41, 0x42], 'cd', new Uint8Array([0x45])]);
  try {
    await h.writeFile([1]);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  await h.close();
  await fsp.writeFile(p('it2.txt'), [[0x46], 'g']);
  console.log(fs.readFileSync(p('it.txt'), 'latin1'), fs.readFileSync(p('it2.txt'), 'latin1'));
})();
