// Preset dictionaries: zlib streams ask for one, raw streams must be given it, gzip
// ignores it.
const zlib = require('zlib');

const dict = Buffer.from('hello world the quick brown fox');
const input = 'hello world, the quick brown fox says hello to the world';
const run = (name, fn) => {
  try {
    const r = fn();
    console.log(name, Buffer.isBuffer(r) ? r.toString() : r);
  } catch (e) {
    console.log(name, e.name, e.code, e.errno, e.message);
  }
};

const withDict = zlib.deflateSync(input, { dictionary: dict });
const rawDict = zlib.deflateRawSync(input, { dictionary: dict });
run('inflate with dict', () => zlib.inflateSync(withDict, { dictionary: dict }));
run('inflate without dict', () => zlib.inflateSync(withDict));
run('inflate wrong dict', () => zlib.inflateSync(withDict, { dictionary: Buffer.from('nope') }));
run('unzip with dict', () => zlib.unzipSync(withDict, { dictionary: dict }));
run('unzip without dict', () => zlib.unzipSync(withDict));
run('inflateRaw with dict', () => zlib.inflateRawSync(rawDict, { dictionary: dict }));
run('inflate plain with dict', () => zlib.inflateSync(zlib.deflateSync(input), { dictionary: dict }));
run('gunzip with dict', () => zlib.gunzipSync(zlib.gzipSync(input, { dictionary: dict }), { dictionary: dict }));
run('dict header differs', () => withDict.subarray(0, 6).toString('hex'));
run('dict arraybuffer', () => zlib.inflateSync(zlib.deflateSync(input, { dictionary: new Uint8Array(dict).buffer }), { dictionary: dict }));
run('dict uint16', () => zlib.inflateSync(zlib.deflateSync(input, { dictionary: new Uint16Array([0x6568, 0x6c6c]) }), { dictionary: Buffer.from('hell') }));
run('dict dataview', () => zlib.inflateSync(zlib.deflateSync(input, { dictionary: new DataView(dict.buffer, dict.byteOffset, 5) }), { dictionary: Buffer.from('hello') }));
run('dict empty', () => zlib.inflateSync(zlib.deflateSync(input, { dictionary: Buffer.alloc(0) })));
run('dict string', () => zlib.deflateSync(input, { dictionary: 'hello' }));
run('dict number', () => zlib.deflateSync(input, { dictionary: 5 }));
run('dict null', () => zlib.deflateSync(input, { dictionary: null }));

// Streams: the dictionary survives reset().
const d = zlib.createDeflate({ dictionary: dict });
const first = d._processChunk(Buffer.from(input), zlib.constants.Z_FINISH);
console.log('processChunk closes', d._closed);
const d2 = zlib.createInflate({ dictionary: dict });
d2.on('data', (c) => console.log('stream inflate', c.toString()));
d2.on('error', (e) => console.log('stream error', e.message));
d2.write(first.subarray(0, 3));
d2.end(first.subarray(3));
