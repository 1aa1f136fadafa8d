'use strict';
// vm.Script, runInThisContext, compileFunction and the argument checks.
const vm = require('vm');
globalThis.shared = 20;
console.log(vm.runInThisContext('shared + 1'));
const script = new vm.Script('count = (typeof count === "number" ? count : 0) + 1', { filename: 's.js' });
const c1 = vm.createContext({});
script.runInContext(c1);
script.runInContext(c1);
console.log(c1.count, script.runInNewContext({ count: 10 }));
console.log(vm.createScript('1 + 1').runInThisContext());
console.log(Object.keys(vm).sort());
const add = vm.compileFunction('return a + b + (typeof c)', ['a', 'b']);
console.log(add(1, 2), add.length);
const ext = vm.compileFunction('return x + y', [], { contextExtensions: [{ x: 1 }, { y: 2 }] });
console.log(ext());
const inCtx = vm.compileFunction('return typeof Array === "function" && Array !== outer',
                                 [], { parsingContext: vm.createContext({ outer: Array }) });
console.log(inCtx());
const show = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name, e.code, e.message.split('\n')[0]);
  }
};
show(() => new vm.Script('1', { filename: 1 }));
show(() => new vm.Script('1', { lineOffset: 'x' }));
show(() => new vm.Script('1', { cachedData: 1 }));
show(() => new vm.Script('1', 5));
show(() => vm.createContext(1));
show(() => vm.createContext({}, null));
show(() => vm.createContext({}, { name: 1 }));
show(() => vm.createContext({}, { codeGeneration: { strings: 1 } }));
show(() => vm.createContext({}, { microtaskMode: 'x' }));
show(() => vm.runInContext('1', {}));
show(() => vm.runInContext('1', undefined));
show(() => vm.runInNewContext('1', {}, { timeout: -1 }));
show(() => vm.runInNewContext('1', {}, { displayErrors: 1 }));
show(() => vm.isContext(1));
show(() => vm.compileFunction(1));
show(() => vm.compileFunction('', 'a'));
show(() => vm.compileFunction('', [1]));
show(() => vm.compileFunction('', [], { parsingContext: {} }));
try { vm.compileFunction('}, function () {', []); } catch (e) { console.log('body cannot close the function:', e.name); }
show(() => vm.runInNewContext('eval("1")', {}, { contextCodeGeneration: { strings: false } }));
show(() => vm.runInNewContext('new Function("return 1")()', {},
                              { contextCodeGeneration: { strings: false } }));
show(() => vm.runInNewContext('eval("2")', {}, { contextCodeGeneration: { strings: true } }));
vm.measureMemory({ execution: 'eager' }).then((m) => console.log(Object.keys(m), Object.keys(m.total)));
show(() => vm.measureMemory({ mode: 'x' }));
