'use strict';
// Buffer.concat over lists of every shape: plain arrays (read in place by the binding),
// arrays with holes, getters, proxies, array subclasses, sparse arrays, parts that are
// not plain Buffers (Uint8Arrays, subclasses, views of resizable or detached buffers,
// other typed arrays), and totals shorter or longer than the parts.
const show = require('./_show');

const a = Buffer.from('abc');
const b = Buffer.from('defg');
const c = new Uint8Array([0x68, 0x69]);

show('plain', () => Buffer.concat([a, b, c]));
show('one part', () => Buffer.concat([b]));
show('empty parts', () => Buffer.concat([Buffer.alloc(0), a, new Uint8Array(0), b]));
show('short total', () => Buffer.concat([a, b, c], 5));
show('total at a part end', () => Buffer.concat([a, b, c], 3));
show('zero total', () => Buffer.concat([a, b], 0));
show('long total', () => Buffer.concat([a, c], 9));
show('bad item after short total', () => Buffer.concat([a, b, 42], 2));
show('bad item first', () => Buffer.concat([null, a], 3));
show('bad item Int8Array', () => Buffer.concat([a, new Int8Array(2)]));
show('bad item DataView', () => Buffer.concat([a, new DataView(new ArrayBuffer(2))]));
show('bad item ArrayBuffer', () => Buffer.concat([a, new ArrayBuffer(2)]));
show('bad item string', () => Buffer.concat([a, 'xyz'], 3));

// Holes: the hole reads through the prototype chain; without an element there it is
// undefined.
show('hole', () => Buffer.concat([a, , b], 7)); // eslint-disable-line no-sparse-arrays
{
  const list = [a, , b]; // eslint-disable-line no-sparse-arrays
  Object.prototype[1] = c;
  try {
    show('hole filled by prototype', () => Buffer.concat(list, 9));
  } finally {
    delete Object.prototype[1];
  }
}

// Getters run once per read, in node's order.
{
  const reads = [];
  const list = [a, b, c];
  Object.defineProperty(list, 1, { get() { reads.push(1); return b; } });
  show('getter', () => Buffer.concat(list));
  console.log('getter reads', reads.length);
  reads.length = 0;
  show('getter with total', () => Buffer.concat(list, 9));
  console.log('getter reads with total', reads.length);
}
{
  // A getter that changes the list while it is being copied.
  const list = [a, b, c, a];
  Object.defineProperty(list, 1, {
    get() { list[2] = Buffer.from('XY'); list.push(b); return b; },
  });
  show('getter that changes the list', () => Buffer.concat(list, 12));
}
{
  const list = [a, b];
  Object.defineProperty(list, 0, { get() { throw new Error('from getter'); } });
  show('getter throws', () => Buffer.concat(list, 5));
}

// Proxies and subclasses of Array.
{
  const traps = [];
  const proxy = new Proxy([a, b, c], {
    get(target, key, receiver) {
      if (typeof key === 'string') traps.push(key);
      return Reflect.get(target, key, receiver);
    },
  });
  show('proxy', () => Buffer.concat(proxy, 9));
  console.log('proxy traps', traps.join(','));
}
class List extends Array {}
show('Array subclass', () => Buffer.concat(List.of(a, b, c)));
{
  const sparse = [a];
  sparse[3] = b;
  show('sparse', () => Buffer.concat(sparse, 7));
}
{
  const big = [];
  for (let i = 0; i < 2000; i++) big.push(i % 2 ? a : c);
  const out = Buffer.concat(big);
  console.log('big', out.length, out.subarray(0, 10).toString('hex'),
              out.subarray(-5).toString('hex'));
}

// Parts that are not plain Buffers. (A list item without a length property fails first in
// the engine's own property read, whose message differs between engines: left out.)
class Bytes extends Uint8Array {}
show('Uint8Array subclass', () => Buffer.concat([Bytes.of(1, 2, 3), a]));
{
  const rab = new ArrayBuffer(4, { maxByteLength: 16 });
  const view = new Uint8Array(rab);
  view.set([9, 8, 7, 6]);
  show('resizable view', () => Buffer.concat([view, a]));
  rab.resize(8);
  show('resizable view grown', () => Buffer.concat([view, a]));
  rab.resize(2);
  show('resizable view shrunk', () => Buffer.concat([view, a]));
}
// (Parts whose buffer was detached are left out: node 20 throws from its typed array copy,
// node 22 copies nothing from them.)
show('subarray parts', () => Buffer.concat([b.subarray(1, 3), a.subarray(2)]));
show('same part twice', () => Buffer.concat([a, a, a]));
