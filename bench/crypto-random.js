'use strict';
// crypto.randomBytes(32), 200,000 synchronous calls. Prints "bench ms=... check=..." on
// stderr (the check is the number of bytes returned) and the CPU time of the work on a
// second line.
const crypto = require('crypto');

const CALLS = 200000;

crypto.randomBytes(32);  // loads the module's lazy parts outside the measurement
const cpu = process.cpuUsage();
const start = process.hrtime.bigint();
let bytes = 0;
for (let i = 0; i < CALLS; i++) bytes += crypto.randomBytes(32).length;
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const used = process.cpuUsage(cpu);
process.stderr.write(`bench ms=${ms.toFixed(3)} check=${bytes}\n`);
process.stderr.write(`cpu ms=${((used.user + used.system) / 1000).toFixed(3)}\n`);
