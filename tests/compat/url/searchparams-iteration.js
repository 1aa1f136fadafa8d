// Iterators and forEach read the list live.
const p = new URLSearchParams('a=1&b=2&c=3');
console.log(JSON.stringify([...p.keys()]), JSON.stringify([...p.values()]), JSON.stringify([...p.entries()]));
console.log(JSON.stringify([...p]), p[Symbol.iterator] === p.entries);
const it = p.keys();
console.log(JSON.stringify(it.next()));
p.append('d', '4');
console.log(JSON.stringify([...it]));
console.log(JSON.stringify(it.next()), it[Symbol.toStringTag], Object.prototype.toString.call(it));
console.log(typeof it[Symbol.iterator], it[Symbol.iterator]() === it);
const seen = [];
p.forEach(function (value, key, obj) {
  seen.push(`${key}=${value}`);
  if (key === 'a') obj.delete('b');
  if (key === 'c') obj.append('e', '5');
  if (this !== undefined) seen.push(typeof this);
}, { thisArg: true });
console.log(seen.join(' '));
const it2 = p.entries();
p.delete('a');
console.log(JSON.stringify([...it2]));
const proto = Object.getPrototypeOf(p.values());
console.log(Object.getOwnPropertyNames(proto), Object.keys(proto));
