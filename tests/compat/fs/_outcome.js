'use strict';
// Shared by the FileHandle sweeps: outcome(fmt) returns t(label, fn), which prints whether
// fn() threw at once, or what its promise resolved or rejected with (through fmt).
module.exports = function outcome(fmt) {
  return async function t(label, fn) {
    let r;
    try {
      r = fn();
    } catch (e) {
      console.log(label, 'sync throw', fmt(e));
      return;
    }
    try {
      console.log(label, 'resolve', fmt(await r));
    } catch (e) {
      console.log(label, 'reject', fmt(e));
    }
  };
};
