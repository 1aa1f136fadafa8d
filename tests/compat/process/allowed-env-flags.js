// process.allowedNodeEnvironmentFlags: a frozen, unchangeable Set whose has() accepts the
// spellings NODE_OPTIONS accepts. (Its full contents differ: nodus lists the options it
// implements.)
const flags = process.allowedNodeEnvironmentFlags;
console.log(flags instanceof Set, Object.isFrozen(flags), flags.constructor.name,
            Object.isFrozen(Object.getPrototypeOf(flags)));
for (const flag of ['--require', '-r', 'r', 'require', '--no_warnings', 'no_warnings',
  '--stack-trace-limit=10', '--stack_trace_limit=-=x', '--perf_basic_prof', 'perf-basic-prof',
  '--trace-warnings', '--expose-gc', '--unhandled-rejections=warn', '--title', '-R', '--r',
  'R', '---require', '--REQUIRE', 'stack-trace-limit=10', '', 'cheeseburgers', 42,
  undefined, Symbol('x')]) {
  console.log(typeof flag === 'symbol' ? 'symbol' : JSON.stringify(flag), flags.has(flag));
}
const size = flags.size;
console.log(size > 10, flags.add('--foo') === flags, flags.has('--foo'), flags.delete('-r'),
            flags.has('-r'), flags.clear(), flags.size === size);
Set.prototype.add.call(flags, '--bar');
Set.prototype.delete.call(flags, '-r');
Set.prototype.clear.call(flags);
console.log(flags.has('--bar'), flags.has('-r'), flags.size === size);
let count = 0;
const thisArg = {};
flags.forEach(function(value, key, set) {
  if (value !== key || set !== flags || this !== thisArg || !/^--?[a-zA-Z0-9._-]+$/.test(value)) {
    console.log('bad entry', value);
  }
  count++;
}, thisArg);
console.log(count === size, [...flags].length > 10, [...flags.keys()].length > 10,
            [...flags.values()].length > 10, [...flags.entries()][0].length);
console.log([...flags].includes('--require'), [...flags].includes('--bar'));
flags.x = 1;
console.log(flags.x);
