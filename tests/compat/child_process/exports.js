'use strict';
// The module's shape. (_forkChild, node's internal entry for forked children, is left
// out of the comparison.)
const cp = require('child_process');
console.log(Object.keys(cp).filter((k) => k !== '_forkChild'));
for (const k of Object.keys(cp).filter((k) => k !== '_forkChild')) console.log(k, typeof cp[k], cp[k].name, cp[k].length);
console.log(require('node:child_process') === cp);
const util = require('util');
console.log('custom promisify', typeof cp.exec[util.promisify.custom], typeof cp.execFile[util.promisify.custom]);
const child = new cp.ChildProcess();
const EventEmitter = require('events');
console.log(child instanceof EventEmitter, child.pid, child.exitCode, child.signalCode, child.killed, child.connected);
