'use strict';
// Recursive readdir and symbolic links: listing names follows links to directories (node
// stats each entry), listing Dirents does not; dangling links and links to files are
// listed but not entered; a link to an ancestor is followed until the path can no longer
// be resolved (ELOOP / ENAMETOOLONG), without an error. Same results from readdirSync,
// fs.readdir and fs.promises.readdir.
const fs = require('fs');
const { p } = require('./_tmp');

fs.mkdirSync(p('a', 'sub'), { recursive: true });
fs.mkdirSync(p('other', 'deeper'), { recursive: true });
fs.writeFileSync(p('a', 'f'), '');
fs.writeFileSync(p('a', 'sub', 'g'), '');
fs.writeFileSync(p('other', 'h'), '');
fs.writeFileSync(p('other', 'deeper', 'i'), '');
fs.symlinkSync('../other', p('a', 'link'));
fs.symlinkSync('../missing', p('a', 'dangling'));
fs.symlinkSync('f', p('a', 'filelink'));
fs.mkdirSync(p('loop', 'x'), { recursive: true });
fs.writeFileSync(p('loop', 'x', 'f'), '');
fs.symlinkSync('..', p('loop', 'x', 'up'));

const names = (list) => list.map(String).sort();
const dirents = (list) => list.map((d) => `${d.name}:${d.isDirectory()}:${d.isSymbolicLink()}`).sort();

console.log('sync names', names(fs.readdirSync(p('a'), { recursive: true })));
console.log('sync dirents', dirents(fs.readdirSync(p('a'), { recursive: true, withFileTypes: true })));
const loop = fs.readdirSync(p('loop'), { recursive: true });
console.log('loop', loop.length, names(loop).slice(0, 6));
fs.readdir(p('a'), { recursive: true }, (err, list) => {
  console.log('callback names', err, names(list));
  fs.promises.readdir(p('a'), { recursive: true }).then((list2) => {
    console.log('promise names', names(list2));
    return fs.promises.readdir(p('a'), { recursive: true, withFileTypes: true });
  }).then((list3) => console.log('promise dirents', dirents(list3)));
});
