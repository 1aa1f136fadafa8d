'use strict';
// The legacy underscore methods of readline.Interface keep node's function names and
// lengths.
const readline = require('readline');

const proto = readline.Interface.prototype;
for (const name of Object.keys(proto).filter((k) => k.startsWith('_')).sort()) {
  const d = Object.getOwnPropertyDescriptor(proto, name);
  if (typeof d.value === 'function') {
    console.log(name, JSON.stringify(d.value.name), d.value.length, d.enumerable, d.writable);
  }
}
