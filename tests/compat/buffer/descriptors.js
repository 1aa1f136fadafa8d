'use strict';
// Property descriptors, names and lengths of node:buffer's exports and of
// Buffer.prototype's methods.
const buffer = require('buffer');

function describe(label, object) {
  const keys = Reflect.ownKeys(object).map(String).sort();
  for (const key of keys) {
    const sym = Reflect.ownKeys(object).find((k) => String(k) === key);
    const d = Object.getOwnPropertyDescriptor(object, sym);
    let s = (d.writable ? 'w' : '-') + (d.enumerable ? 'e' : '-') + (d.configurable ? 'c' : '-');
    if (d.get || d.set) {
      s += ` accessor get=${d.get && d.get.name} set=${d.set && d.set.name}`;
    } else if (typeof d.value === 'function') {
      s += ` function ${d.value.name}/${d.value.length}`;
    } else {
      s += ` ${typeof d.value}`;
    }
    console.log(`${label} ${key}: ${s}`);
  }
}

describe('buffer', buffer);
describe('Buffer', Buffer);
describe('Buffer.prototype', Buffer.prototype);

// The lazy exports become plain values when assigned.
const { Blob } = buffer;
buffer.Blob = 5;
const d = Object.getOwnPropertyDescriptor(buffer, 'Blob');
console.log('after assignment', d.value, d.writable, d.enumerable, d.configurable);
buffer.Blob = Blob;
console.log(buffer.File === File, buffer.resolveObjectURL.name);
