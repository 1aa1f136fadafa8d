'use strict';
// Engine floor of making a Buffer: a view of 1 KiB on an existing ArrayBuffer, a million
// times, as Buffer.from(string) does for its result (a pool slice). Run it with both
// runtimes: node bench/floors/typed-array-views.js; build/nodus bench/floors/typed-array-views.js
// No runtime code runs in the loops: `plain` is new Uint8Array(arrayBuffer, offset, 1024),
// `subclass` the same through a class extending Uint8Array (what Buffer instances are),
// `reflect` Reflect.construct with the subclass as new.target, `setproto` a plain view
// whose prototype is swapped afterwards. Prints the median and minimum of five rounds.

const N = 1000000;
class Subclass extends Uint8Array {
  constructor(a, b, c) {
    super(a, b, c);
  }
}
const arrayBuffer = new ArrayBuffer(8192);
const proto = Subclass.prototype;
const cases = {
  plain: () => {
    let c = 0;
    for (let i = 0; i < N; i++) c += new Uint8Array(arrayBuffer, (i & 7) * 1024, 1024).length;
    return c;
  },
  subclass: () => {
    let c = 0;
    for (let i = 0; i < N; i++) c += new Subclass(arrayBuffer, (i & 7) * 1024, 1024).length;
    return c;
  },
  reflect: () => {
    let c = 0;
    for (let i = 0; i < N; i++) {
      c += Reflect.construct(Uint8Array, [arrayBuffer, (i & 7) * 1024, 1024], Subclass).length;
    }
    return c;
  },
  setproto: () => {
    let c = 0;
    for (let i = 0; i < N; i++) {
      const view = new Uint8Array(arrayBuffer, (i & 7) * 1024, 1024);
      Object.setPrototypeOf(view, proto);
      c += view.length;
    }
    return c;
  },
};
const times = {};
for (let round = 0; round < 5; round++) {
  for (const name in cases) {
    const start = process.hrtime.bigint();
    cases[name]();
    (times[name] ??= []).push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
for (const name in times) {
  const t = times[name].sort((a, b) => a - b);
  console.log(`${name.padEnd(10)} median ${t[2].toFixed(1)} ms  min ${t[0].toFixed(1)} ms (1M views)`);
}
