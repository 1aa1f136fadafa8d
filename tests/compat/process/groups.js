'use strict';
// process.setgroups / initgroups: argument validation, unknown names, and (as root) the
// resulting group list.
const show = (f) => { try { const r = f(); console.log('ok', r); } catch (e) { console.log(e.name, e.code, e.message); } };
console.log(typeof process.setgroups, process.setgroups.length, typeof process.initgroups, process.initgroups.length);
show(() => process.setgroups());
show(() => process.setgroups('x'));
show(() => process.setgroups([1, {}]));
show(() => process.setgroups([-1]));
show(() => process.setgroups([1.5]));
show(() => process.setgroups([2 ** 32]));
show(() => process.setgroups(['no-such-group-nodus']));
show(() => process.setgroups([0, 'no-such-group-nodus']));
show(() => process.initgroups());
show(() => process.initgroups('root'));
show(() => process.initgroups(null, 0));
show(() => process.initgroups('no-such-user-nodus', 0));
show(() => process.initgroups('root', 'no-such-group-nodus'));
show(() => process.initgroups(123456789, 0));
if (process.getuid() === 0) {
  show(() => process.setgroups([0, 'daemon', 3]));
  console.log(process.getgroups().sort((a, b) => a - b));
  show(() => process.initgroups('root', 'daemon'));
  console.log(process.getgroups().sort((a, b) => a - b));
  show(() => process.initgroups(0, 0));
  console.log(process.getgroups().sort((a, b) => a - b));
}
