'use strict';
// close(): waits for queued writes, runs the sink's close once, resolves closed; writes
// after close reject; closing twice.
const { ticks, settle } = require('./_ticks');
const ws = new WritableStream({
  write(chunk) { console.log('write', chunk); return ticks(1, `w${chunk} `); },
  close() { console.log('sink close, this is sink:', this === sink); },
});
const sink = undefined;
const writer = ws.getWriter();
settle('write 1', writer.write(1));
settle('close', writer.close());
console.log('desiredSize after close', writer.desiredSize);
settle('write after close', writer.write(2));
settle('close again', writer.close());
settle('closed', writer.closed);
settle('ready', writer.ready);
ticks(6).then(() => {
  console.log('desiredSize closed', writer.desiredSize);
  settle('close closed', writer.close());
  writer.releaseLock();
  settle('ws.close closed', ws.close());
  const w2 = ws.getWriter();
  settle('new writer closed', w2.closed);
});
// WritableStream.prototype.close on an unlocked stream; on a locked one.
const ws2 = new WritableStream();
settle('ws2 close', ws2.close());
const ws3 = new WritableStream();
ws3.getWriter();
settle('ws3 close locked', ws3.close());
settle('ws3 abort locked', ws3.abort());
