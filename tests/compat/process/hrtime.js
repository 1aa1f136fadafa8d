// process.hrtime shapes and validation (values themselves vary).
const t = process.hrtime();
console.log(Array.isArray(t), t.length, Number.isInteger(t[0]), t[1] >= 0 && t[1] < 1e9);
const d = process.hrtime(t);
console.log(d[0] >= 0, d[1] >= 0);
console.log(typeof process.hrtime.bigint());
for (const bad of [1, [1], 'x', [1, 2, 3]]) {
  try {
    process.hrtime(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
const u = process.cpuUsage();
console.log(Object.keys(u), typeof u.user);
const m = process.memoryUsage();
console.log(Object.keys(m), m.rss > 0, typeof process.memoryUsage.rss());
console.log(Object.keys(process.resourceUsage()).length);
console.log(typeof process.uptime(), process.uptime() >= 0);
try {
  process.cpuUsage({ user: -1, system: 0 });
} catch (e) {
  console.log(e.code, e.message);
}
try {
  process.cpuUsage(1);
} catch (e) {
  console.log(e.code, e.message);
}
