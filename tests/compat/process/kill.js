// process.kill validation and errors (no signal is actually delivered).
console.log(process.kill(process.pid, 0));
for (const [pid, sig] of [['x', 0], [process.pid, 'SIGNOPE'], [process.pid, 'sigterm'], [2 ** 31 - 2, 0]]) {
  try {
    process.kill(pid, sig);
  } catch (e) {
    console.log(e.code, e.message, e.syscall ?? '');
  }
}
