'use strict';
// node:perf_hooks: the module's exports, the globals, and the shape of the classes
// (property kinds on each prototype, constructor lengths, toStringTag).
const perfHooks = require('perf_hooks');

console.log(Object.keys(perfHooks));
console.log(perfHooks.performance === performance, perfHooks.constants);
console.log(perfHooks.PerformanceObserver.supportedEntryTypes);
console.log(Object.isFrozen(perfHooks.PerformanceObserver.supportedEntryTypes));

function shape(object) {
  const out = {};
  for (const key of Reflect.ownKeys(object)) {
    if (key === Symbol.for('nodejs.util.inspect.custom')) continue;
    if (typeof key === 'symbol' && key !== Symbol.toStringTag) continue;
    const d = Object.getOwnPropertyDescriptor(object, key);
    out[String(key)] = (d.get ? 'get' : '') + (d.set ? 'set' : '') +
      ('value' in d ? typeof d.value : '') + (d.enumerable ? ' enumerable' : '') +
      (d.writable ? ' writable' : '') + (d.configurable ? ' configurable' : '');
  }
  return out;
}

for (const name of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
  'PerformanceObserver', 'PerformanceObserverEntryList']) {
  const C = perfHooks[name];
  console.log(name, C.name, C.length, shape(C.prototype));
}

for (const name of ['performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
  'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, d.enumerable, d.configurable, typeof globalThis[name]);
  console.log(globalThis[name] === (name === 'performance' ? perfHooks.performance : perfHooks[name]));
}

console.log(Object.prototype.toString.call(performance));
console.log(performance instanceof EventTarget, performance instanceof perfHooks.Performance);
console.log(typeof performance.now(), typeof performance.timeOrigin);
console.log(Object.keys(performance.toJSON()));
console.log(Object.keys(performance.nodeTiming));
console.log(performance.nodeTiming.name, performance.nodeTiming.entryType,
  performance.nodeTiming.startTime, performance.nodeTiming.constructor.name);
console.log(Object.keys(performance.nodeTiming.uvMetricsInfo));
console.log(typeof perfHooks.createHistogram, typeof perfHooks.monitorEventLoopDelay);
console.log(require('util').inspect({ nested: { performance } }, { depth: 0 }));
