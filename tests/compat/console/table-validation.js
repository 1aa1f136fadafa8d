// properties must be an array (checked even when the data is not tabular).
for (const properties of ['a', {}, 1, null, true, new Set(['a'])]) {
  try {
    console.table([{ a: 1 }], properties);
    console.log('accepted', typeof properties);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  console.table(5, 'x');
} catch (e) {
  console.log('primitive data:', e.code);
}
console.log(console.table([1]));
