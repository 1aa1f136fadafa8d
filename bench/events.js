'use strict';
// EventEmitter: 2,000,000 emit() calls with one listener and two arguments, 1,000,000 with
// three listeners, then 200,000 rounds of once() + emit() and 200,000 of on() + off().
// Prints "bench ms=... check=..." on stderr (the check counts listener calls) and the
// parts' times on a second line.
const EventEmitter = require('events');
const ONE = 2000000;
const THREE = 1000000;
const ROUNDS = 200000;

let calls = 0;
function listener(a, b) {
  calls += a + b;
}
function listener2() {
  calls++;
}

const start = process.hrtime.bigint();
const one = new EventEmitter();
one.on('data', listener);
for (let i = 0; i < ONE; i++) one.emit('data', 0, 1);
const t1 = process.hrtime.bigint();

const three = new EventEmitter();
three.on('data', listener);
three.on('data', listener2);
three.on('data', listener);
for (let i = 0; i < THREE; i++) three.emit('data', 1, 0);
const t2 = process.hrtime.bigint();

const churn = new EventEmitter();
churn.on('keep', listener2);
for (let i = 0; i < ROUNDS; i++) {
  churn.once('tick', listener2);
  churn.emit('tick');
  churn.on('other', listener);
  churn.off('other', listener);
}
const end = process.hrtime.bigint();

const ms = Number(end - start) / 1e6;
process.stderr.write(`bench ms=${ms.toFixed(3)} check=${calls}\n`);
process.stderr.write(`parts emit1=${(Number(t1 - start) / 1e6).toFixed(3)} ` +
                     `emit3=${(Number(t2 - t1) / 1e6).toFixed(3)} ` +
                     `once+on/off=${(Number(end - t2) / 1e6).toFixed(3)}\n`);
