// compat: stderr
// bytesRead is the deprecated name of bytesWritten (DEP0108): one warning per process.
const zlib = require('zlib');

const d = zlib.createDeflate();
console.log(d.bytesRead);
d.bytesRead = 5;
console.log(d.bytesWritten, d.bytesRead);
const g = zlib.createGunzip();
g.end(zlib.gzipSync('abc'));
g.resume();
g.on('end', () => console.log('gunzip bytesRead', g.bytesRead === g.bytesWritten, g.bytesWritten));
