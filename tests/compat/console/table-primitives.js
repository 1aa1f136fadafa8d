// Non-objects are just logged.
console.table(5);
console.table('a string');
console.table(null);
console.table(undefined);
console.table(true);
console.table(10n);
console.table(Symbol('s'));
console.table();
console.table('with properties', ['a']);
console.table(function f() {});
