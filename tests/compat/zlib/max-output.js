// maxOutputLength: the Sync and callback forms stop at the limit with ERR_BUFFER_TOO_LARGE.
const zlib = require('zlib');

const data = Buffer.alloc(100000, 'm');
const packed = {
  inflate: zlib.deflateSync(data),
  gunzip: zlib.gzipSync(data),
  inflateRaw: zlib.deflateRawSync(data),
  unzip: zlib.gzipSync(data),
  brotliDecompress: zlib.brotliCompressSync(data),
};
for (const [fn, input] of Object.entries(packed)) {
  for (const max of [1, 99999, 100000, 100001]) {
    try {
      const r = zlib[fn + 'Sync'](input, { maxOutputLength: max });
      console.log(fn + 'Sync', max, 'ok', r.length);
    } catch (e) {
      console.log(fn + 'Sync', max, e.name, e.code, e.message);
    }
  }
}
console.log('compress limit', (() => {
  try { return zlib.deflateSync(Buffer.alloc(5000, 1), { maxOutputLength: 5, level: 0 }); } catch (e) { return e.code; }
})());

(async () => {
  for (const [fn, input] of Object.entries(packed)) {
    for (const max of [10, 100000]) {
      await new Promise((resolve) => {
        zlib[fn](input, { maxOutputLength: max, chunkSize: 1024 }, (err, r) => {
          console.log(fn, max, err ? `${err.name} ${err.code} ${err.message}` : r.length);
          resolve();
        });
      });
    }
  }
})();
