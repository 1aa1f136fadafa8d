// How the class, name and message of an error combine in its first line.
const { inspect } = require('util');
Error.stackTraceLimit = 0;
class MyError extends Error {}
class NamedError extends Error {
  constructor(message) { super(message); this.name = 'NamedError'; }
}
class ProtoNamed extends Error {}
ProtoNamed.prototype.name = 'ProtoNamed';
class Weird extends Error { constructor() { super('w'); this.name = 'Something'; } }
const renamed = new Error('renamed');
renamed.name = 'Custom';
const typeNamed = new Error('x');
typeNamed.name = 'TypeError';
const emptyName = new Error('empty name');
emptyName.name = '';
const nonStringName = new Error('num name');
nonStringName.name = 42;
const changedMsg = new Error('original');
changedMsg.message = 'changed';
const readFirst = new Error('read first');
void readFirst.stack;
readFirst.name = 'Late';
const noMessage = new TypeError();
noMessage.name = 'NoMessageError';
console.log(new MyError('mine'), new NamedError('named'), new ProtoNamed('proto'), new Weird());
console.log(renamed, typeNamed, emptyName, nonStringName, changedMsg, readFirst, noMessage);
const tagged = new Error('tagged');
Object.defineProperty(tagged, Symbol.toStringTag, { value: 'Tag' });
console.log(tagged);
const np = new Error('null proto');
Object.setPrototypeOf(np, null);
console.log(np);
const npRenamed = new TypeError('np typed');
Object.setPrototypeOf(npRenamed, null);
console.log(npRenamed);
class MyTypeError extends TypeError {}
console.log(new MyTypeError('mte'), Object.assign(new MyError('with prop'), { name: 'MyError' }));
