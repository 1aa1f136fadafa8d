// Functions with own properties print them after the function base.
const { inspect } = require('util');
function withProps() {}
withProps.count = 3;
withProps.nested = { a: 1 };
withProps[Symbol('meta')] = true;
console.log(withProps);
const arrow = Object.assign(() => {}, { x: 1 });
console.log(arrow, [arrow], { arrow });
const self = function self() {};
self.self = self;
console.log(self);
console.log(inspect(withProps, { showHidden: true }));
console.log(inspect(arrow, { showHidden: true }));
console.log(inspect(function sloppy() {}, { showHidden: true }));
console.log(inspect((function () { 'use strict'; return function strict() {}; })(), { showHidden: true }));
console.log(inspect(async function a() {}, { showHidden: true }));
console.log(inspect(function* g() {}, { showHidden: true }));
console.log(inspect(Math.max, { showHidden: true }));
console.log(inspect({ deep: { deeper: { fn: Object.assign(function f() {}, { p: 1 }) } } }));
console.log(inspect(Object.assign(function f() {}, { p: 1 }), { depth: -1 }));
