'use strict';
// Blobs and histograms sent through a MessageChannel (the message is encoded as bytes, as
// between threads). A sent histogram is the same histogram on arrival. (Files arrive as
// Files in node 22 but as Blobs in node 20: see tests/unit/web/test-file-node22.js.)
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createHistogram } = require('perf_hooks');

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-blob-'));
  const file = path.join(dir, 'message.txt');
  fs.writeFileSync(file, 'file-backed message');
  const backed = await fs.openAsBlob(file);
  const histogram = createHistogram();
  histogram.record(12345);
  histogram.record(7);

  const { port1, port2 } = new MessageChannel();
  port2.onmessage = async ({ data }) => {
    console.log(data);
    console.log(await data.blob.text(), await data.file.text(), await data.slice.text(),
      await data.composed.text(), data.big.size, (await data.big.slice(-3).text()));
    console.log(data.histogram.count, data.histogram.max, data.histogram.constructor.name);
    histogram.record(99);
    data.histogram.record(5);
    console.log(data.histogram.count, histogram.count);
    port2.close();
    fs.rmSync(dir, { recursive: true });
  };
  port1.postMessage({
    blob: new Blob(['in memory'], { type: 'Text/Plain' }),
    file: new Blob(['a file']),
    slice: backed.slice(5, 11),
    composed: new Blob(['[', backed.slice(0, 4), ']']),
    big: new Blob([new Uint8Array(100000), 'end']),
    histogram,
  });
  try {
    port1.postMessage(backed);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
})();
