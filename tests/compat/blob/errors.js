'use strict';
// The errors Blob, File and their helpers raise: node's codes, classes and messages.
const { resolveObjectURL } = require('buffer');

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', typeof result);
  } catch (err) {
    console.log(label, err.name, err.code, err.constructor.name, err.message);
  }
}

attempt('string sources', () => new Blob('abc'));
attempt('number sources', () => new Blob(5));
attempt('null sources', () => new Blob(null));
attempt('object sources', () => new Blob({ length: 1, 0: 'a' }));
attempt('options number', () => new Blob([], 5));
attempt('options string', () => new Blob([], 'x'));
attempt('options function', () => new Blob([], () => {}));
attempt('bad endings', () => new Blob([], { endings: 'foo' }));
attempt('endings object', () => new Blob([], { endings: {} }));
attempt('symbol source', () => new Blob([Symbol('s')]));
attempt('symbol type', () => new Blob([], { type: Symbol('t') }));
attempt('throwing iterator', () => new Blob({ [Symbol.iterator]() { throw new Error('boom'); } }));
attempt('throwing toString', () => new Blob([{ toString() { throw new RangeError('inner'); } }]));

const brands = [
  ['size', () => Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({})],
  ['type', () => Object.getOwnPropertyDescriptor(Blob.prototype, 'type').get.call(null)],
  ['Blob.prototype.size', () => Blob.prototype.size],
  ['slice', () => Blob.prototype.slice.call({})],
  ['stream', () => Blob.prototype.stream.call({})],
  ['bytes', () => Blob.prototype.bytes.call({})],
  // File's getters on other receivers: node 22's ERR_INVALID_THIS is checked in
  // tests/unit/web/test-file-node22.js (node 20 reports V8's private-field TypeError).
];
for (const [label, fn] of brands) attempt(label, fn);
Blob.prototype.arrayBuffer.call({}).catch((err) =>
  console.log('arrayBuffer rejects', err.name, err.code, err.message));
Blob.prototype.text.call(5).catch((err) =>
  console.log('text rejects', err.name, err.code, err.message));

attempt('new File()', () => new File());
attempt('new File(bits)', () => new File(['a']));
attempt('File bad bits', () => new File('abc', 'x'));
attempt('File bad options', () => new File([], 'x', 5));
attempt('File bigint lastModified', () => new File([], 'x', { lastModified: 1n }));
attempt('File symbol lastModified', () => new File([], 'x', { lastModified: Symbol('l') }));
attempt('File symbol name', () => new File([], Symbol('n')));

attempt('createObjectURL()', () => URL.createObjectURL());
attempt('createObjectURL(string)', () => URL.createObjectURL('x'));
attempt('createObjectURL(object)', () => URL.createObjectURL({ size: 1, type: '' }));
attempt('revokeObjectURL()', () => URL.revokeObjectURL());
attempt('revokeObjectURL(junk)', () => URL.revokeObjectURL('junk'));
attempt('resolveObjectURL()', () => resolveObjectURL());
attempt('resolveObjectURL(junk)', () => resolveObjectURL('junk'));

const fs = require('fs');
attempt('openAsBlob()', () => fs.openAsBlob());
attempt('openAsBlob(5)', () => fs.openAsBlob(5));
attempt('openAsBlob options', () => fs.openAsBlob(__filename, 5));
attempt('openAsBlob type', () => fs.openAsBlob(__filename, { type: 5 }));
attempt('openAsBlob missing', () => fs.openAsBlob(`${__dirname}/no-such-file-here`));
attempt('openAsBlob null byte', () => fs.openAsBlob('a\u0000b'));
