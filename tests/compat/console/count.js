// compat: stderr
// count/countReset: per-label counters; labels become strings; resetting an unknown
// label warns (and the check uses the label as given, so countReset(1) warns).
console.count();
console.count();
console.count('default');
console.count(undefined);
console.count('a');
console.count('a');
console.count(1);
console.count('1');
console.count(null);
console.count({});
console.count({ toString() { return 'custom'; } });
console.countReset();
console.count();
console.countReset('a');
console.count('a');
console.countReset(1);
console.count(1);
console.countReset('1');
console.count('1');
console.countReset('missing');
console.countReset(null);
console.countReset('null');
console.count(null);
try {
  console.count(Symbol('s'));
} catch (e) {
  console.log('symbol label:', e.name);
}
console.log(console.count('r'), console.countReset('r'));
