// console.log(console) as util.inspect shows it.
console.log(console);
console.log(Object.keys(require('console').Console.prototype));
