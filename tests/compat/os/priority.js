// os.getPriority / os.setPriority: argument validation and system errors. Only this
// process's own priority is changed (to a lower priority), and a pid that cannot exist
// gives the ESRCH system error.
const os = require('os');
const util = require('util');
function t(label, fn) {
  try {
    console.log(label, util.inspect(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, String(e));
    if (e.code === 'ERR_SYSTEM_ERROR') {
      console.log('  ', util.inspect(e.info), e.errno, e.syscall, Object.keys(e).join(), e instanceof Error);
    }
  }
}
const badPids = [1.5, -1.5, NaN, Infinity, -Infinity, 2 ** 31, -(2 ** 31) - 1, '1', null, true, {}, [], 1n, Symbol('p'), () => 1, new Number(1)];
for (const pid of badPids) {
  t(`getPriority(${util.inspect(pid)})`, () => os.getPriority(pid));
  t(`setPriority(${util.inspect(pid)}, 10)`, () => os.setPriority(pid, 10));
}
const badPriorities = [-21, 20, 19.5, -20.5, NaN, Infinity, -Infinity, 2 ** 31, '5', null, undefined, true, {}, 1n, Symbol('q')];
for (const pr of badPriorities) {
  t(`setPriority(0, ${util.inspect(pr)})`, () => os.setPriority(0, pr));
  t(`setPriority(${util.inspect(pr)})`, () => os.setPriority(pr));
}
t('setPriority()', () => os.setPriority());
t('getPriority missing pid', () => os.getPriority(2 ** 31 - 1));
t('setPriority missing pid', () => os.setPriority(2 ** 31 - 1, 5));
t('getPriority(-1)', () => typeof os.getPriority(-1));
t('getPriority() type', () => typeof os.getPriority());
t('getPriority(undefined) equals getPriority(0)', () => os.getPriority(undefined) === os.getPriority(0));
const before = os.getPriority();
t('setPriority own pid to 19', () => os.setPriority(process.pid, 19));
t('getPriority after', () => os.getPriority(process.pid));
t('setPriority(19) one-arg form', () => os.setPriority(19));
t('priority constants', () => os.constants.priority);
t('priority constants frozen', () => [Object.isFrozen(os.constants.priority), Object.getPrototypeOf(os.constants.priority)]);
console.log(typeof before);
