'use strict';
// The errors perf_hooks raises: node's codes, classes and messages (DOMExceptions for
// unknown marks and observer mode changes).
const {
  PerformanceEntry, PerformanceMark, PerformanceMeasure, PerformanceObserver,
  PerformanceObserverEntryList, Performance, createHistogram, monitorEventLoopDelay,
} = require('perf_hooks');

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', typeof result);
  } catch (err) {
    console.log(label, err.name, err.code, err.constructor.name, err.message);
  }
}

attempt('mark()', () => performance.mark());
attempt('mark(symbol)', () => performance.mark(Symbol('s')));
attempt('mark options number', () => performance.mark('a', 5));
attempt('mark options string', () => performance.mark('a', 'x'));
attempt('mark startTime string', () => performance.mark('a', { startTime: 'x' }));
attempt('mark startTime bigint', () => performance.mark('a', { startTime: 2n }));
attempt('mark startTime negative', () => performance.mark('a', { startTime: -1 }));
attempt('mark startTime -0.5', () => performance.mark('a', { startTime: -0.5 }));
attempt('mark detail function', () => performance.mark('a', { detail: () => {} }));
attempt('mark detail symbol', () => performance.mark('a', { detail: Symbol('d') }));
attempt('mark this', () => performance.mark.call({}, 'a'));
attempt('mark this undefined', () => performance.mark.call(undefined, 'a'));
attempt('now this', () => performance.now.call({}));
attempt('now detached', () => { const { now } = performance; return now(); });
attempt('timeOrigin this', () => Object.getOwnPropertyDescriptor(Performance.prototype, 'timeOrigin').get.call({}));
attempt('getEntries this', () => performance.getEntries.call(null));
attempt('toJSON this', () => performance.toJSON.call([]));

attempt('measure()', () => performance.measure());
attempt('measure(undefined)', () => performance.measure(undefined));
attempt('measure(1)', () => performance.measure(1));
attempt('measure(object)', () => performance.measure({}));
attempt('measure unknown start', () => performance.measure('m', 'nope'));
attempt('measure unknown end', () => performance.measure('m', undefined, 'nope'));
attempt('measure unknown option', () => performance.measure('m', { start: 'nope' }));
attempt('measure null start', () => performance.measure('m', { start: null }));
attempt('measure object start', () => performance.measure('m', { start: {} }));
attempt('measure start+end+duration', () => performance.measure('m', { start: 1, end: 2, duration: 3 }));
attempt('measure options+endMark', () => performance.measure('m', { start: 1 }, 'x'));
attempt('measure end option+endMark', () => performance.measure('m', { end: 1 }, 'x'));
attempt('measure negative start', () => performance.measure('m', { start: -1 }));
attempt('measure negative end', () => performance.measure('m', undefined, -5));
attempt('measure negative duration', () => performance.measure('m', { start: 1, duration: -2 }));
attempt('measure unknown duration', () => performance.measure('m', { start: 1, duration: 'd' }));
attempt('measure detail', () => performance.measure('m', { start: 1, detail: () => {} }));

attempt('getEntriesByName()', () => performance.getEntriesByName());
attempt('getEntriesByType()', () => performance.getEntriesByType());
attempt('getEntriesByName(symbol)', () => performance.getEntriesByName(Symbol('x')));
attempt('clearMarks(symbol)', () => performance.clearMarks(Symbol('x')));

attempt('new PerformanceEntry', () => new PerformanceEntry());
attempt('new PerformanceMeasure', () => new PerformanceMeasure());
attempt('new Performance', () => new Performance());
attempt('new PerformanceObserverEntryList', () => new PerformanceObserverEntryList());
attempt('new PerformanceMark()', () => new PerformanceMark());
attempt('new PerformanceMark options', () => new PerformanceMark('x', 3));
attempt('entry name this', () => Object.getOwnPropertyDescriptor(PerformanceEntry.prototype, 'name').get.call({}));
attempt('entry startTime this', () => Object.getOwnPropertyDescriptor(PerformanceEntry.prototype, 'startTime').get.call(1));
attempt('mark detail this', () => Object.getOwnPropertyDescriptor(PerformanceMark.prototype, 'detail').get.call({}));
attempt('measure detail this', () => Object.getOwnPropertyDescriptor(PerformanceMeasure.prototype, 'detail').get.call({}));
attempt('entry toJSON this', () => PerformanceEntry.prototype.toJSON.call({}));

attempt('new PerformanceObserver()', () => new PerformanceObserver());
attempt('new PerformanceObserver(1)', () => new PerformanceObserver(1));
const observer = new PerformanceObserver(() => {});
attempt('observe()', () => observer.observe());
attempt('observe(1)', () => observer.observe(1));
attempt('observe({})', () => observer.observe({}));
attempt('observe entryTypes number', () => observer.observe({ entryTypes: 5 }));
attempt('observe both', () => observer.observe({ entryTypes: ['mark'], type: 'mark' }));
attempt('observe single', () => new PerformanceObserver(() => {}).observe({ type: 'mark' }));
const single = new PerformanceObserver(() => {});
single.observe({ type: 'mark' });
attempt('single to multiple', () => single.observe({ entryTypes: ['measure'] }));
const multiple = new PerformanceObserver(() => {});
multiple.observe({ entryTypes: ['mark'] });
attempt('multiple to single', () => multiple.observe({ type: 'measure' }));
single.disconnect();
multiple.disconnect();

attempt('timerify()', () => performance.timerify());
attempt('timerify(1)', () => performance.timerify(1));
attempt('timerify options', () => performance.timerify(() => {}, 1));
attempt('timerify histogram', () => performance.timerify(() => {}, { histogram: {} }));
attempt('timerify eld histogram', () => performance.timerify(() => {}, { histogram: monitorEventLoopDelay() }));

attempt('createHistogram(1)', () => createHistogram(1));
attempt('createHistogram(null)', () => createHistogram(null));
attempt('lowest 0', () => createHistogram({ lowest: 0 }));
attempt('lowest 1.5', () => createHistogram({ lowest: 1.5 }));
attempt('lowest string', () => createHistogram({ lowest: '1' }));
attempt('highest too low', () => createHistogram({ lowest: 5, highest: 9 }));
attempt('highest too high', () => createHistogram({ highest: 2 ** 53 }));
attempt('figures 0', () => createHistogram({ figures: 0 }));
attempt('figures 6', () => createHistogram({ figures: 6 }));
attempt('figures 2.5', () => createHistogram({ figures: 2.5 }));
attempt('monitorEventLoopDelay(1)', () => monitorEventLoopDelay(1));
attempt('resolution 0', () => monitorEventLoopDelay({ resolution: 0 }));
attempt('resolution string', () => monitorEventLoopDelay({ resolution: '1' }));
attempt('resolution 1.5', () => monitorEventLoopDelay({ resolution: 1.5 }));
const h = createHistogram();
attempt('record()', () => h.record());
attempt('record(0)', () => h.record(0));
attempt('record(-1)', () => h.record(-1));
attempt('record(1.5)', () => h.record(1.5));
attempt('record(NaN)', () => h.record(NaN));
attempt('record(Infinity)', () => h.record(Infinity));
attempt('record(2**53)', () => h.record(2 ** 53));
attempt('record("1")', () => h.record('1'));
attempt('record(0n)', () => h.record(0n));
attempt('record(-1n)', () => h.record(-1n));
attempt('record(2n**63n)', () => h.record(2n ** 63n));
attempt('percentile()', () => h.percentile());
attempt('percentile(0)', () => h.percentile(0));
attempt('percentile(101)', () => h.percentile(101));
attempt('percentile(NaN)', () => h.percentile(NaN));
attempt('percentileBigInt("5")', () => h.percentileBigInt('5'));
attempt('add(1)', () => h.add(1));
attempt('add(eld)', () => h.add(monitorEventLoopDelay()));
const proto = Object.getPrototypeOf(h);
const base = Object.getPrototypeOf(proto);
attempt('count this', () => Object.getOwnPropertyDescriptor(base, 'count').get.call({}));
attempt('percentile this', () => base.percentile.call({}, 50));
attempt('record this', () => proto.record.call({}, 1));
attempt('record on eld', () => proto.record.call(monitorEventLoopDelay(), 1));
attempt('new RecordableHistogram', () => new proto.constructor());
attempt('new Histogram', () => new base.constructor());
