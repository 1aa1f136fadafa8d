// colorMode: true colours inspected values, false never, 'auto' when the stream is a
// terminal with more than two colours. Format strings themselves stay plain.
const { Console } = require('console');
const Collector = require('./_stream');
const tty = new Collector({ isTTY: true, colorDepth: 8 });
const mono = new Collector({ isTTY: true, colorDepth: 1 });
const ttyNoDepth = new Collector({ isTTY: true });
const file = new Collector();
const show = (label, stream) => console.log(label, stream.dump());

new Console({ stdout: file, colorMode: true }).log(5, 'str', true, null);
show('forced on, plain stream:', file);
new Console({ stdout: tty, colorMode: false }).log(5, 'str');
show('forced off, tty:', tty);
new Console({ stdout: tty }).log(5, 'str', undefined);
show('auto, 8-colour tty:', tty);
new Console({ stdout: mono }).log(5);
show('auto, 2-colour tty:', mono);
new Console({ stdout: ttyNoDepth }).log(5);
show('auto, tty without getColorDepth:', ttyNoDepth);
new Console({ stdout: file }).log(5);
show('auto, plain stream:', file);
const c = new Console({ stdout: file, stderr: tty, colorMode: 'auto' });
c.log(1);
c.error(2);
show('stdout plain:', file);
show('stderr tty:', tty);
const on = new Console({ stdout: tty, colorMode: true });
on.log('%s and %d and %i and %j', 'str', 42, 7.5, { a: 1 });
on.log('%o', 3);
on.count();
on.assert(false, 5);
on.table([{ a: 1, b: 'x' }]);
on.table(new Set([1]));
on.group(1);
on.groupEnd();
show('format strings with colour:', tty);
