'use strict';
// The async iterator of a Dir against other microtasks: a chain of promise callbacks
// counts turns of the microtask queue while entries are handed out (from the buffer and
// after reads), so the turn at which each entry arrives is part of the output. Also the
// iterator's failure when the Dir is closed during the iteration, and when a recursive
// read cannot open a subdirectory.
const fs = require('fs');
const { p } = require('./_tmp');

fs.mkdirSync(p('t'));
for (let i = 0; i < 5; i++) fs.writeFileSync(p('t', `f${i}`), '');
fs.mkdirSync(p('r'));
fs.mkdirSync(p('r', 'sub'));
fs.writeFileSync(p('r', 'sub', 'x'), '');

async function ticks(label, options, body) {
  // The counter stops 20 turns after the last entry (before the loop can run I/O, which
  // waits for the microtask queue to empty) and restarts with the next entry, so an entry
  // after a read shows as a gap of 21.
  let turn = 0;
  let last = 0;
  let idle = false;
  const log = [];
  function spin() {
    if (turn - last > 20) {
      idle = true;
      return;
    }
    turn++;
    Promise.resolve().then(spin);
  }
  const now = () => {
    last = turn;
    if (idle) {
      idle = false;
      spin();
    }
    return turn;
  };
  spin();
  try {
    await body(log, now);
  } catch (err) {
    log.push(`error ${err.code} ${err.syscall}`);
  }
  const entries = log.filter((x) => x.startsWith('turn ')).length;
  const firstTurns = log.filter((x) => x.startsWith('turn ')).map((x) => Number(x.split(' ')[1]));
  const gaps = firstTurns.slice(1).map((t, i) => t - firstTurns[i]);
  console.log(label, JSON.stringify(options), entries, 'entries; turn gaps', gaps.join(','),
              log.filter((x) => !x.startsWith('turn ')).join(' | '));
}

(async () => {
  for (const bufferSize of [1, 2, 32]) {
    await ticks('for await', { bufferSize }, async (log, turn) => {
      for await (const e of await fs.promises.opendir(p('t'), { bufferSize })) {
        log.push(`turn ${turn()} ${e.name}`);
      }
    });
    await ticks('entries()', { bufferSize }, async (log, turn) => {
      const d = fs.opendirSync(p('t'), { bufferSize });
      for await (const e of d.entries()) log.push(`turn ${turn()} ${e.name}`);
    });
    await ticks('close inside', { bufferSize }, async (log, turn) => {
      const d = fs.opendirSync(p('t'), { bufferSize });
      for await (const e of d) {
        log.push(`turn ${turn()} ${e.name}`);
        d.closeSync();
      }
    });
    await ticks('readSync first', { bufferSize }, async (log, turn) => {
      const d = fs.opendirSync(p('t'), { bufferSize });
      d.readSync();
      for await (const e of d) log.push(`turn ${turn()} ${e.name}`);
    });
  }
  for (const bufferSize of [1, 32]) {
    await ticks('recursive', { bufferSize, recursive: true }, async (log, turn) => {
      const d = fs.opendirSync(p('r'), { bufferSize, recursive: true });
      for await (const e of d) log.push(`turn ${turn()} ${e.name}`);
    });
    // (With bufferSize 1 what a read of the removed directory gives depends on the file
    // system.)
    if (bufferSize === 1) continue;
    await ticks('recursive, vanished', { bufferSize, recursive: true }, async (log, turn) => {
      // Whichever of the two subdirectories comes first is read as it is handed out; the
      // other is removed by then and fails to open when its turn comes.
      fs.mkdirSync(p('v', 's1'), { recursive: true });
      fs.mkdirSync(p('v', 's2'));
      fs.writeFileSync(p('v', 's1', 'x'), '');
      fs.writeFileSync(p('v', 's2', 'x'), '');
      const d = fs.opendirSync(p('v'), { bufferSize, recursive: true });
      for await (const e of d) {
        log.push(`turn ${turn()} ${e.name.length}`);
        fs.rmSync(p('v'), { recursive: true });
      }
    });
  }
})();
