// Brotli: parameters, modes, quality levels, large windows, size hints, errors and the
// stream forms.
const zlib = require('zlib');
const C = zlib.constants;

const text = Buffer.from('Brotli compresses text well; text compresses well with Brotli. '.repeat(200));
const run = (name, fn) => {
  try {
    const r = fn();
    console.log(name, Buffer.isBuffer(r) ? r.toString('hex').slice(0, 80) : r);
  } catch (e) {
    console.log(name, e.name, e.code, e.errno, e.message);
  }
};

for (const q of [0, 1, 4, 9, 11]) {
  const packed = zlib.brotliCompressSync(text, { params: { [C.BROTLI_PARAM_QUALITY]: q } });
  run('quality ' + q, () => zlib.brotliDecompressSync(packed).equals(text));
}
for (const mode of [C.BROTLI_MODE_GENERIC, C.BROTLI_MODE_TEXT, C.BROTLI_MODE_FONT]) {
  const packed = zlib.brotliCompressSync(text, { params: { [C.BROTLI_PARAM_MODE]: mode } });
  run('mode ' + mode, () => zlib.brotliDecompressSync(packed).equals(text));
}
run('lgwin 10', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(text, { params: { [C.BROTLI_PARAM_LGWIN]: 10 } })).equals(text));
run('lgblock 16', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(text, { params: { [C.BROTLI_PARAM_LGBLOCK]: 16 } })).equals(text));
run('size hint', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(text, { params: { [C.BROTLI_PARAM_SIZE_HINT]: text.length } })).equals(text));
run('npostfix ndirect', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(text, { params: { [C.BROTLI_PARAM_NPOSTFIX]: 1, [C.BROTLI_PARAM_NDIRECT]: 4 } })).equals(text));
run('disable literal modeling', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(text, { params: { [C.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING]: true } })).equals(text));

const large = zlib.brotliCompressSync('large window data', { params: { [C.BROTLI_PARAM_LARGE_WINDOW]: 1, [C.BROTLI_PARAM_LGWIN]: 28 } });
run('large window without decoder flag', () => zlib.brotliDecompressSync(large));
run('large window with decoder flag', () => zlib.brotliDecompressSync(large, { params: { [C.BROTLI_DECODER_PARAM_LARGE_WINDOW]: 1 } }).toString());
run('ring buffer flag', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(text), { params: { [C.BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION]: 1 } }).equals(text));
run('chunkSize 64', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(text, { chunkSize: 64 }), { chunkSize: 64 }).equals(text));
run('emit metadata finish', () => zlib.brotliCompressSync('meta', { finishFlush: C.BROTLI_OPERATION_EMIT_METADATA }).length > 0);
run('decompress gzip', () => zlib.brotliDecompressSync(zlib.gzipSync('x')));
run('decompress zeros', () => zlib.brotliDecompressSync(Buffer.alloc(10)));
run('decompress ff', () => zlib.brotliDecompressSync(Buffer.alloc(10, 0xff)));
run('decompress truncated', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(text).subarray(0, 20)));
run('info', () => Object.keys(zlib.brotliCompressSync('i', { info: true })));
run('maxOutputLength', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(text), { maxOutputLength: 100 }));

(async () => {
  const packed = await new Promise((res, rej) => zlib.brotliCompress(text, { params: { [C.BROTLI_PARAM_QUALITY]: 5 } }, (e, r) => (e ? rej(e) : res(r))));
  const back = await require('util').promisify(zlib.brotliDecompress)(packed);
  console.log('async brotli', back.equals(text));
  zlib.brotliDecompress(Buffer.from('not brotli at all'), (err) => console.log('async brotli error', err.code, err.errno, err.message));
})();
