// process.exitCode validation and the code seen by 'exit' listeners.
for (const v of [undefined, null, 0, 2, '3', '']) {
  try {
    process.exitCode = v;
    console.log('set', JSON.stringify(v), '->', process.exitCode);
  } catch (e) {
    console.log('set', JSON.stringify(v), 'threw', e.code, e.message);
  }
}
for (const v of [1.5, 'abc', true, {}, -1.1]) {
  try {
    process.exitCode = v;
    console.log('set', String(v), '->', process.exitCode);
  } catch (e) {
    console.log('set', String(v), 'threw', e.code, e.message);
  }
}
process.exitCode = 5;
process.on('exit', (code) => {
  console.log('exit event', code, process.exitCode);
});
