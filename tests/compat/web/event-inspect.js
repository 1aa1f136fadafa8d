'use strict';
// util.inspect of events and targets (timeStamp replaced: it is a time).
const util = require('util');
const clean = (text) => text.replace(/timeStamp: [\d.e+-]+/g, 'timeStamp: <t>');
console.log(clean(util.inspect(new Event('foo'))));
console.log(clean(util.inspect(new Event('foo', { cancelable: true }))));
const prevented = new Event('foo', { cancelable: true });
prevented.preventDefault();
console.log(clean(util.inspect(prevented)));
console.log(clean(util.inspect(new CustomEvent('bar', { detail: { deep: 1 } }))));
console.log(util.inspect(new Event('foo'), { depth: -1 }));
console.log(util.inspect([new Event('foo')], { depth: 0 }));
console.log(util.inspect({ a: { b: new Event('foo') } }, { depth: 1 }));
console.log(clean(util.inspect({ e: new Event('foo') }, { depth: 5 })));
console.log(util.inspect(new EventTarget()));
console.log(util.inspect(new EventTarget(), { depth: -1 }));
console.log(util.inspect({ t: new EventTarget() }, { depth: 0 }));
class Sub extends EventTarget {
  constructor() {
    super();
    this.x = 1;
  }
}
console.log(util.inspect(new Sub()), util.inspect({ s: new Sub() }, { depth: 0 }));
class SubEvent extends Event {
  constructor() {
    super('sub');
    this.y = 2;
  }
}
console.log(clean(util.inspect(new SubEvent())));
console.log(util.inspect(Object.create(EventTarget.prototype)));
console.log(clean(util.inspect(new Event('x'), { compact: false })));
