'use strict';
// Terminal output is written synchronously: a big write completes at once, callbacks
// follow on the next tick. Only the summary lines of the transcript are printed.
const { drive } = require('./_pty');

const transcript = drive('write-sync.js', [], { cols: 0, rows: 0 });
console.log(transcript.split('\n').filter((l) => !/xxxxxxxxxx/.test(l)).join('\n'));
