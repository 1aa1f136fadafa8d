'use strict';
// captureRejections: an async listener's rejection destroys the stream with the error
// (through the stream's captureRejectionSymbol method).
const { Readable, Writable } = require('stream');
const { log, fmt } = require('./_helpers');

const r = new Readable({ read() {}, captureRejections: true });
r.on('error', (err) => log('readable error', fmt(err), 'destroyed', r.destroyed));
r.on('close', () => log('readable close'));
r.on('data', async () => { throw new Error('async data listener failed'); });
r.push('x');

const w = new Writable({ write(c, e, cb) { cb(); }, captureRejections: true });
w.on('error', (err) => log('writable error', fmt(err)));
w.on('finish', async () => { throw new Error('async finish listener failed'); });
w.end();
