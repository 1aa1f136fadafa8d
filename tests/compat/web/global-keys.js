'use strict';
// The enumerable globals, in order (what Object.keys(globalThis) and for-in show), and
// whether each is enumerable/configurable. fetch (the http issue) is not implemented yet,
// and navigator is node 22's (the node 20 that generates the expected output has none).
const pending = new Set(['fetch', 'navigator']);
console.log(Object.keys(globalThis).filter((key) => !pending.has(key)));
for (const key of ['global', 'setTimeout', 'queueMicrotask', 'structuredClone', 'atob',
  'performance', 'crypto', 'console', 'process', 'Buffer', 'URL', 'TextEncoder']) {
  const desc = Object.getOwnPropertyDescriptor(globalThis, key);
  console.log(key, desc.enumerable, desc.configurable);
}
const seen = [];
for (const key in globalThis) if (!pending.has(key)) seen.push(key);
console.log(seen.join(','));
console.log(typeof navigator === 'undefined' || Object.keys(globalThis).indexOf('navigator') ===
  Object.keys(globalThis).length - 1);
