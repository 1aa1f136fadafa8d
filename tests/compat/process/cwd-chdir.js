// process.chdir and its errors.
const os = require('path');
const start = process.cwd();
process.chdir('..');
console.log(os.relative(start, process.cwd()));
process.chdir(start);
console.log(process.cwd() === start);
try {
  process.chdir('./no/such/dir');
} catch (e) {
  console.log(e.code, e.syscall, e.message.replace(start, '<cwd>'));
}
for (const bad of [1, undefined, {}]) {
  try {
    process.chdir(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
