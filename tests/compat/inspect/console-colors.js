// A Console writing to a color-capable TTY stream styles its output like inspect.
const { Console } = require('console');
const EventEmitter = require('events');
const chunks = [];
function makeStream(tty) {
  const stream = new EventEmitter();
  stream.write = (chunk) => { chunks.push(chunk); return true; };
  if (tty) {
    stream.isTTY = true;
    stream.getColorDepth = () => 8;
  }
  return stream;
}
const stream = makeStream(true);
const c = new Console({ stdout: stream, stderr: stream });
c.log({ n: 1, s: 'str', b: true, u: undefined, nul: null, sym: Symbol('s'), d: new Date(0), re: /x/ });
c.log('%s %d %o', 'plain', 5, [1]);
c.log([1, 2, 3], new Map([['k', 'v']]), 'top-level strings stay plain');
c.dir({ a: [1] });
const plain = new Console({ stdout: stream, stderr: stream, colorMode: false });
plain.log({ n: 1 });
const forced = new Console({ stdout: makeStream(false), colorMode: true });
forced.log({ n: 2 });
for (const chunk of chunks) console.log(JSON.stringify(chunk));
