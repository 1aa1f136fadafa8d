// The stack of an error made in a promise job ends with the job's own frames: node's
// engine runs the jobs with nothing below them, whatever ran the microtask queue (the
// main script, a timer, an fs callback).
'use strict';
const fs = require('fs');
function show(label, err) {
  console.log(label, err.stack.split('\n').map((l) => l.replace(__filename, 'FILE')).join(' | '));
}
function named() { return new Error('named'); }
Promise.resolve().then(() => show('then:', new Error('then')));
Promise.resolve().then(() => show('nested:', named()));
setTimeout(() => Promise.resolve().then(() => show('timer then:', new Error('timer'))), 1);
fs.stat(__filename, () => {
  Promise.resolve().then(function inJob() { show('fs then:', new Error('fs')); });
});
process.on('uncaughtException', (e) => {
  Promise.resolve().then(() => show('job queued by the handler:', new Error('after')));
});
setImmediate(() => { throw new Error('thrown'); });
