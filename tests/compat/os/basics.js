// Stable facts about node:os (values that differ per machine are checked by shape).
const os = require('os');
console.log(Object.keys(os).join(' '));
console.log(os.EOL === '\n', os.devNull, os.platform(), `${os.platform}`, os.endianness(), os.arch() === process.arch);
console.log(typeof os.hostname(), os.hostname().length > 0, `${os.hostname}` === os.hostname());
console.log(os.type(), typeof os.release(), typeof os.version(), typeof os.machine());
console.log(os.homedir() === process.env.HOME, os.tmpdir());
console.log(os.totalmem() > os.freemem(), os.freemem() > 0, os.uptime() > 0);
console.log(os.loadavg().length, os.loadavg().every((n) => typeof n === 'number'));
const cpus = os.cpus();
console.log(cpus.length > 0, cpus.length === os.availableParallelism(), Object.keys(cpus[0]).join(), Object.keys(cpus[0].times).join());
const lo = os.networkInterfaces().lo;
console.log(JSON.stringify(lo));
const info = os.userInfo();
console.log(Object.getPrototypeOf(info), Object.keys(info).join(), info.uid === process.getuid(), info.homedir === os.homedir());
console.log(Buffer.isBuffer(os.userInfo({ encoding: 'buffer' }).username));
console.log(os.getPriority(), os.getPriority(0), os.getPriority(process.pid));
console.log(os.constants.signals.SIGTERM, os.constants.errno.ENOENT, os.constants.priority.PRIORITY_HIGH, Object.isFrozen(os.constants));
