// Engine errors as a program shows them (console.log of the error): V8's messages.
const shown = (fn) => {
  try {
    fn();
  } catch (e) {
    let text = '';
    const sink = { write(s) { text += s; return true; }, on() {}, once() {}, removeListener() {}, off() {}, emit() {}, listenerCount: () => 0 };
    new console.Console(sink).log(e);
    console.log(text.split('\n')[0]);
  }
};
let u;
const o = {};
shown(() => u.name);
shown(() => { u.name = 1; });
shown(() => o.list.push(1));
shown(() => o.run());
shown(() => missingVariable);
shown(() => new o());
shown(() => { const { a } = u; return a; });
shown(() => [...o]);
shown(() => { for (const x of 5) void x; });
shown(() => 1n + 1);
shown(() => 'k' in 'str');
shown(() => Symbol() + '');
shown(() => (1).toFixed(200));
shown(() => 'x'.repeat(-1));
shown(() => new Array(-1));
shown(() => [].reduce((a, b) => a + b));
shown(() => JSON.parse('{"a":1,}'));
shown(() => Object.defineProperty(1, 'x', {}));
shown(() => { 'use strict'; Object.freeze({ a: 1 }).a = 2; });
shown(() => new RegExp('['));
shown(() => BigInt(1.5));
