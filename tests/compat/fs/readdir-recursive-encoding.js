'use strict';
// Recursive readdir with an `encoding` and with a Buffer base path, in sync, callback and
// promise forms. Node joins each name to its directory in the requested encoding: with
// 'latin1' and 'ascii' ASCII names work and others are listed but not entered; 'hex' and
// 'base64' names are listed and never entered (and as Dirents, entering one fails with
// ENOENT); with 'buffer', or a Buffer base, joining a name throws path.join's
// ERR_INVALID_ARG_TYPE, so only an empty directory (or, for Dirents, one with no
// subdirectory) can be listed. 'utf16le' is left out: node loops forever on it.
const fs = require('fs');
const { show, scrub, p } = require('./_tmp');
const { inspect } = require('util');

fs.mkdirSync(p('t', 'sub', 'deep'), { recursive: true });
fs.mkdirSync(p('t', 'caf\u00e9'));
fs.writeFileSync(p('t', 'f'), '');
fs.writeFileSync(p('t', 'sub', 'g'), '');
fs.writeFileSync(p('t', 'sub', 'deep', 'h'), '');
fs.writeFileSync(p('t', 'caf\u00e9', '\u00e9t\u00e9'), '');
fs.mkdirSync(p('empty'));
fs.mkdirSync(p('files'));
fs.writeFileSync(p('files', 'one'), '');
fs.writeFileSync(p('files', 'two'), '');

const fmt = (v) => (Buffer.isBuffer(v) ? `Buffer<${v.toString('latin1')}>` : JSON.stringify(v));
const names = (list) => `[${list.map(fmt).join(', ')}]`;
const dirents = (list) => `[${list.map((d) => `${fmt(d.name)}@${fmt(d.parentPath)}${d.path === d.parentPath ? '' : '!'}:${d.isDirectory() ? 'd' : 'f'}`).join(', ')}]`;
const failure = (e) => `${e.name} ${e.code} ${scrub(e.message)}`;

function viaCallback(path, options) {
  return new Promise((resolve) => fs.readdir(path, options, (err, list) => resolve(err || list)));
}

async function all(label, path, options, callbackToo) {
  const list = (l) => (l instanceof Error ? failure(l) : options.withFileTypes ? dirents(l) : names(l));
  options = { ...options, recursive: true };
  show(`${label} sync`, () => scrub(list(fs.readdirSync(path, options))));
  // Node 20 runs the callback form synchronously and throws its errors instead of passing
  // them to the callback; only walks that succeed are compared here.
  if (callbackToo) console.log(`${label} callback`, scrub(list(await viaCallback(path, options))));
  try {
    console.log(`${label} promise`, scrub(list(await fs.promises.readdir(path, options))));
  } catch (e) {
    console.log(`${label} promise`, failure(e));
  }
}

(async () => {
  for (const encoding of ['latin1', 'binary', 'ascii']) {
    await all(encoding, p('t'), { encoding }, true);
    await all(`${encoding} dirents`, p('t'), { encoding, withFileTypes: true }, false);
    await all(`${encoding} dirents, ASCII names`, p('t', 'sub'), { encoding, withFileTypes: true }, true);
  }
  for (const encoding of ['hex', 'base64', 'base64url']) {
    await all(encoding, p('t'), { encoding }, true);
    await all(`${encoding} dirents`, p('t'), { encoding, withFileTypes: true }, false);
    await all(`${encoding} dirents, no subdirectory`, p('files'), { encoding, withFileTypes: true }, true);
  }
  await all('buffer', p('t'), { encoding: 'buffer' }, false);
  await all('buffer dirents', p('t'), { encoding: 'buffer', withFileTypes: true }, false);
  await all('buffer, empty directory', p('empty'), { encoding: 'buffer' }, true);
  await all('buffer dirents, empty directory', p('empty'), { encoding: 'buffer', withFileTypes: true }, true);
  await all('buffer dirents, no subdirectory', p('files'), { encoding: 'buffer', withFileTypes: true }, true);
  await all('buffer path', Buffer.from(p('t')), {}, false);
  await all('buffer path dirents', Buffer.from(p('t')), { withFileTypes: true }, false);
  await all('buffer path, empty directory', Buffer.from(p('empty')), {}, true);
  await all('buffer path dirents, no subdirectory', Buffer.from(p('files')), { withFileTypes: true }, true);
  await all('buffer path with hex', Buffer.from(p('files')), { encoding: 'hex' }, false);
  await all('utf8 spelled UTF8', p('t'), { encoding: 'UTF8' }, true);
  // Dirents made from a Buffer base keep that very Buffer as their path.
  const base = Buffer.from(p('files'));
  const list = fs.readdirSync(base, { recursive: true, withFileTypes: true });
  console.log('same buffer', list.every((d) => d.path === base && d.parentPath === base));
  console.log('inspect', scrub(inspect(fs.readdirSync(p('files'), { recursive: true, encoding: 'buffer', withFileTypes: true }))));
})();
