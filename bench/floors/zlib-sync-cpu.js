'use strict';
// The zlib library of the runtime running this, alone: gzipSync and gunzipSync of the
// zlib-file.js fixture, one call each, timed by CPU time (on a shared machine wall time
// counts the wait for a CPU too). Under node this is node's bundled zlib (Chromium's);
// under nodus, Debian's, as zlib-floor.c's gzip-sync calls it directly.
//   node|nodus zlib-sync-cpu.js FILE
const fs = require('fs');
const zlib = require('zlib');

const data = fs.readFileSync(process.argv[2]);
const c0 = process.cpuUsage();
const gz = zlib.gzipSync(data);
const c1 = process.cpuUsage();
const back = zlib.gunzipSync(gz);
const c2 = process.cpuUsage();
const ms = (a, b) => Math.round((b.user + b.system - a.user - a.system) / 1000);
console.log(`cpu: gzip ${ms(c0, c1)} ms, gunzip ${ms(c1, c2)} ms ` +
            `(${data.length} -> ${gz.length} -> ${back.length}, equal ${back.equals(data)})`);
