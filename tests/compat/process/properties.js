// Stable facts about the process object.
console.log(typeof process.pid, typeof process.ppid, process.pid > 0);
console.log(process.platform, typeof process.arch);
console.log(process.version.startsWith('v'), typeof process.versions.node, typeof process.versions.uv);
console.log(process.release.name);
console.log(Array.isArray(process.argv), process.argv.length, require('path').isAbsolute(process.argv[1]));
console.log(Array.isArray(process.execArgv), typeof process.execPath, typeof process.argv0);
console.log(typeof process.title, typeof process.cwd(), typeof process.umask());
console.log(Object.prototype.toString.call(process), process.constructor.name);
console.log(process instanceof require('events'), typeof process.on, typeof process.emit);
console.log(typeof process.getuid(), typeof process.getgid(), Array.isArray(process.getgroups()));
console.log(typeof process.config, typeof process.features, typeof process.features.inspector);
console.log(process.exitCode, process.mainModule === require.main, process.domain);
console.log(typeof process.stdout.write, process.stdout.fd, process.stderr.fd, process.stdin.fd);
console.log(typeof process.emitWarning, typeof process.nextTick, typeof process.kill, typeof process.exit);
console.log(globalThis.process === process, global === globalThis);
