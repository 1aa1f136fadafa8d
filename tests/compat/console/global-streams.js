// The global console resolves process.stdout/stderr lazily; _stdout and _stderr can be
// replaced.
const Collector = require('./_stream');
const d = Object.getOwnPropertyDescriptor(console, '_stdout');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
console.log(console._stdout === process.stdout, console._stderr === process.stderr);
const out = new Collector();
const real = console._stdout;
console._stdout = out;
console.log('captured');
console.info('captured too');
console.error('stderr untouched');
console._stdout = real;
console.log('restored', JSON.stringify(out.take()));
const err = new Collector();
const realErr = console._stderr;
console._stderr = err;
console.warn('to the collector');
console.trace('trace too');
console._stderr = realErr;
console.log(JSON.stringify(err.take().split('\n')[0]));
