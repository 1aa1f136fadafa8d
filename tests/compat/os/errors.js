const os = require('os');
for (const [name, fn] of [
  ['setPriority range', () => os.setPriority(-100)],
  ['setPriority pid type', () => os.setPriority('x', 1)],
  ['getPriority type', () => os.getPriority('x')],
  ['getPriority 1.5', () => os.getPriority(1.5)],
  ['getPriority missing pid', () => os.getPriority(2 ** 31 - 2)],
  ['userInfo bad', () => os.userInfo(5)],
]) {
  try {
    fn();
    console.log(name, 'ok');
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
    if (e.info) console.log('  info', JSON.stringify(e.info), e.errno, e.syscall, Object.keys(e).join());
  }
}
