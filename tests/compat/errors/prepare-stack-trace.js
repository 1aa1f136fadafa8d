// Error.prepareStackTrace receives the error and CallSite objects, as depd and
// source-map-support use them.
const path = require('path');
function callSites() {
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (err, sites) => sites;
  const obj = {};
  Error.captureStackTrace(obj, callSites);
  const sites = obj.stack;
  Error.prepareStackTrace = saved;
  return sites;
}
function caller() {
  return callSites();
}
const sites = caller();
const site = sites[0];
console.log(Array.isArray(sites), sites.length > 1);
console.log(path.basename(site.getFileName()), site.getLineNumber(), site.getColumnNumber());
console.log(site.getFunctionName(), site.isNative(), site.isConstructor(), site.isEval());
console.log(site.toString().split(__dirname).join('.'));
const top = sites[1];
console.log(top.getFunctionName(), top.isToplevel(), top.getTypeName());
console.log(top.toString().split(__dirname).join('.'));

// A custom formatter.
Error.prepareStackTrace = (err, frames) => `${err.name}! ${frames.length > 0}`;
console.log(new RangeError('x').stack);
Error.prepareStackTrace = undefined;
console.log(new Error('back').stack.split('\n')[0]);

// depd's pattern: the caller of the function that asks.
function getStack() {
  const limit = Error.stackTraceLimit;
  const obj = {};
  const prep = Error.prepareStackTrace;
  Error.prepareStackTrace = (o, stack) => stack;
  Error.stackTraceLimit = Math.max(10, limit);
  Error.captureStackTrace(obj);
  const stack = obj.stack.slice(1);
  Error.prepareStackTrace = prep;
  Error.stackTraceLimit = limit;
  return stack;
}
function deprecatedApi() {
  const stack = getStack();
  const callSite = stack[1];
  return `${path.basename(callSite.getFileName())}:${callSite.getLineNumber()}:${callSite.getColumnNumber()}`;
}
console.log(deprecatedApi());
