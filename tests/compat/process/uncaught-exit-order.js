// compat: stderr
// Without handlers: exitCode 1 is set, 'exit' runs, then the error is printed.
process.on('exit', (code) => {
  console.log('exit', code, process.exitCode);
  process.exitCode = 9;
});
function inner() {
  null.boom;
}
inner();
