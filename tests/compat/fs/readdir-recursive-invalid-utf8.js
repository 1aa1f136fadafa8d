'use strict';
// Recursive readdir and names that are not valid UTF-8. The names come back with
// replacement characters (U+FFFD), and node joins those strings to their directory: a
// directory with such a name is listed but not entered (its joined path does not exist),
// while as a Dirent it is entered and reading it fails with ENOENT. When a directory whose
// name is the replacement character itself exists, node enters that one instead, once for
// each name that decodes to it. Sync, callback and promise forms.
const fs = require('fs');
const { scrub, p } = require('./_tmp');

const raw = (...parts) => Buffer.concat([Buffer.from(p(...parts.slice(0, -1)) + '/'), Buffer.from(parts[parts.length - 1])]);

// t: a directory and a file with invalid names next to ordinary ones.
fs.mkdirSync(p('t', 'ok'), { recursive: true });
fs.mkdirSync(raw('t', [0x66, 0xff]));
fs.writeFileSync(raw('t', [0x66, 0xff, 0x2f, 0x67]), '');
fs.writeFileSync(raw('t', 'ok', [0x68, 0xfe]), '');
fs.writeFileSync(raw('t', [0x78, 0x80]), '');
fs.writeFileSync(p('t', 'plain'), '');
// u: an invalid name next to a directory named with a literal replacement character.
fs.mkdirSync(p('u', 'q\ufffd'), { recursive: true });
fs.writeFileSync(p('u', 'q\ufffd', 'r'), '');
fs.mkdirSync(raw('u', [0x71, 0xff]));
fs.writeFileSync(raw('u', [0x71, 0xff, 0x2f, 0x73]), '');
fs.writeFileSync(raw('u', [0x77, 0xc3]), '');
fs.mkdirSync(p('u', 'w\ufffd'));
fs.writeFileSync(p('u', 'w\ufffd', 'v'), '');
// v: only invalid file names, which Dirents can list.
fs.mkdirSync(p('v', 'sub'), { recursive: true });
fs.writeFileSync(raw('v', [0x61, 0xe2, 0x82]), '');
fs.writeFileSync(raw('v', 'sub', [0xfe, 0xfe]), '');

const names = (list) => JSON.stringify(list);
const dirents = (list) => list.map((d) => `${JSON.stringify(d.name)}@${scrub(d.parentPath)}:${d.isDirectory() ? 'd' : 'f'}`).join(', ');
const failure = (e) => `${e.name} ${e.code} ${e.syscall} ${scrub(e.message)}`;

function viaCallback(path, options) {
  return new Promise((resolve) => fs.readdir(path, options, (err, list) => resolve(err || list)));
}

async function all(label, path, options, callbackToo) {
  const list = (l) => (l instanceof Error ? failure(l) : options.withFileTypes ? dirents(l) : names(l));
  options = { ...options, recursive: true };
  try {
    console.log(`${label} sync`, list(fs.readdirSync(path, options)));
  } catch (e) {
    console.log(`${label} sync`, failure(e));
  }
  // Node 20 runs the callback form synchronously and throws its errors; only walks that
  // succeed are compared here.
  if (callbackToo) console.log(`${label} callback`, list(await viaCallback(path, options)));
  try {
    console.log(`${label} promise`, list(await fs.promises.readdir(path, options)));
  } catch (e) {
    console.log(`${label} promise`, failure(e));
  }
}

(async () => {
  await all('t names', p('t'), {}, true);
  await all('t dirents', p('t'), { withFileTypes: true }, false);
  await all('t latin1', p('t'), { encoding: 'latin1' }, true);
  await all('t hex', p('t'), { encoding: 'hex' }, true);
  await all('u names', p('u'), {}, true);
  await all('u dirents', p('u'), { withFileTypes: true }, true);
  await all('v names', p('v'), {}, true);
  await all('v dirents', p('v'), { withFileTypes: true }, true);
  await all('v latin1 dirents', p('v'), { withFileTypes: true, encoding: 'latin1' }, true);
  // Starting inside a directory whose name is not UTF-8, given as a Buffer: node lists it
  // when it holds no subdirectory and fails on the first join otherwise.
  await all('buffer base, files only', raw('t', [0x66, 0xff]), {}, false);
  await all('buffer base, files only, dirents', raw('t', [0x66, 0xff]), { withFileTypes: true }, true);
})();
