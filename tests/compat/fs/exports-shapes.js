// Details of exports that programs can see: function lengths, buffer.constants fixed, and a
// copy of fs made from its property descriptors (as graceful-fs clones fs) keeping its own
// values when assigned to.
'use strict';
const fs = require('fs');
const copy = {};
for (const k of Object.getOwnPropertyNames(fs)) Object.defineProperty(copy, k, Object.getOwnPropertyDescriptor(fs, k));
copy.watch = 'mine';
console.log(typeof fs.watch, copy.watch, typeof copy.cp, typeof fs.cp);
const b = require('buffer'); try { b.constants = 1; } catch (e) { console.log(e.name); } console.log(JSON.stringify(Object.getOwnPropertyDescriptor(b, 'constants'), ['writable', 'enumerable', 'configurable'])); console.log(typeof b.constants);
console.log(fs.statSync.length, fs.lstatSync.length, fs.fstatSync.length, require('fs/promises').opendir.length, require('util')._errnoException.length);
const e = require('util')._errnoException(-2, 'open'); console.log(e.code, e.syscall, e.message);
const h = require('util')._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80); console.log(h.code, h.message, h.port);
