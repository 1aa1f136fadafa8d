'use strict';
// unshift(): putting data back in a 'readable' handler, unshift in object mode,
// unshift after 'end' (ERR_STREAM_UNSHIFT_AFTER_END_EVENT), and empty chunks.
const { Readable } = require('stream');
const { log, fmt, track, delay } = require('./_helpers');

{
  const r = new Readable({ read() {} });
  r.push('header|body-part-1');
  r.push('-part-2');
  r.push(null);
  let headerDone = false;
  r.on('readable', () => {
    let chunk;
    while ((chunk = r.read()) !== null) {
      if (!headerDone) {
        const s = chunk.toString();
        const i = s.indexOf('|');
        log('header', JSON.stringify(s.slice(0, i)));
        headerDone = true;
        r.unshift(Buffer.from(s.slice(i + 1)));
        log('unshifted, length', r.readableLength);
        continue;
      }
      log('body', fmt(chunk));
    }
  });
  r.on('end', () => log('end'));
}

delay(() => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(2);
  r.unshift(1);
  r.unshift(0);
  log('object unshift order', r.read(), r.read(), r.read());
  log('unshift returns', r.unshift('x'), 'empty unshift', r.unshift(''));
}, 10);

delay(() => {
  const r = new Readable({ read() {} });
  track('late', r, ['error', 'close', 'end']);
  r.on('data', () => {});
  r.push('a');
  r.push(null);
  r.on('end', () => {
    log('unshift after end ->', r.unshift('x'));
  });
}, 20);

delay(() => {
  const r = new Readable({ read() {} });
  log('empty push ->', r.push(''), r.readableLength);
  log('empty buffer push ->', r.push(Buffer.alloc(0)), r.readableLength);
  log('unshift null ->', r.unshift(null), 'ended?', r.readableEnded);
}, 40);
