// The groupIndentation option sets the indentation per group level.
const { Console } = require('console');
const Collector = require('./_stream');
for (const groupIndentation of [0, 1, 4, undefined]) {
  const out = new Collector();
  const c = new Console({ stdout: out, groupIndentation });
  c.group('g');
  c.log('a\nb');
  c.group();
  c.error('err');
  c.groupEnd();
  c.log('c');
  c.groupEnd();
  c.log('d');
  console.log(`groupIndentation ${groupIndentation}:`);
  console.log(out.dump());
}
const big = new Collector();
const c = new Console({ stdout: big, groupIndentation: 1000 });
c.group();
c.log('x');
console.log(big.take().length);
