'use strict';
// A worker whose file does not exist reports the loader's error through 'error', then
// exits with code 1.
const { Worker } = require('worker_threads');
const w = new Worker('/nonexistent/dir/worker.js');
w.on('error', (e) => console.log('error', e.name, e.code, e.message.split('\n')[0], e.requireStack));
w.on('exit', (c) => console.log('exit', c));
