// zlib.constants, zlib.codes, the legacy top-level Z_* properties and the shape of the
// module's exports.
const zlib = require('zlib');

const keys = Object.keys(zlib.constants);
console.log('constants count', keys.length);
for (const k of keys) {
  // ZLIB_VERNUM is the linked zlib's version: it differs between builds.
  if (k === 'ZLIB_VERNUM') console.log(k, typeof zlib.constants[k]);
  else console.log(k, zlib.constants[k]);
}
console.log('constants proto', Object.getPrototypeOf(zlib.constants));
console.log('constants desc', Object.getOwnPropertyDescriptor(zlib.constants, 'Z_OK'));
console.log('module desc', Object.getOwnPropertyDescriptor(zlib, 'constants').writable,
            Object.getOwnPropertyDescriptor(zlib, 'constants').configurable);

console.log('codes', zlib.codes);
console.log('codes frozen', Object.isFrozen(zlib.codes));

const hidden = Object.getOwnPropertyNames(zlib).filter((k) => !Object.keys(zlib).includes(k));
console.log('hidden', hidden);
for (const k of hidden) {
  const d = Object.getOwnPropertyDescriptor(zlib, k);
  if (k !== 'ZLIB_VERNUM' && d.value !== zlib.constants[k]) console.log('mismatch', k);
  if (d.enumerable || d.writable) console.log('bad descriptor', k, d);
}
console.log('Z_BEST_COMPRESSION', zlib.Z_BEST_COMPRESSION, 'BROTLI_OPERATION_FLUSH' in zlib);

console.log('exports', Object.keys(zlib));
for (const k of Object.keys(zlib)) {
  if (typeof zlib[k] === 'function') console.log(k, zlib[k].name, zlib[k].length);
}
const d = Object.getOwnPropertyDescriptor(zlib, 'createGzip');
console.log('createGzip desc', d.writable, d.enumerable, d.configurable);
