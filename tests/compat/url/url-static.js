// URL.canParse, URL.createObjectURL / revokeObjectURL argument handling.
console.log(URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://y/'), URL.canParse('x', 'bad'));
console.log(URL.canParse('http://x', undefined), URL.canParse({ toString: () => 'sc:y' }));
try {
  URL.canParse();
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(URL.canParse.length, URL.createObjectURL.length, URL.revokeObjectURL.length, URL.length);
for (const bad of [undefined, 'x', {}, null]) {
  try {
    URL.createObjectURL(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log(URL.revokeObjectURL('blob:nodedata:unknown'), URL.revokeObjectURL('http://x/'), URL.revokeObjectURL('nonsense'));
try {
  URL.revokeObjectURL();
} catch (err) {
  console.log(err.name, err.code, err.message);
}
const descriptors = Object.getOwnPropertyDescriptors(URL);
for (const name of ['canParse', 'createObjectURL', 'revokeObjectURL']) {
  const d = descriptors[name];
  console.log(name, typeof d.value, d.writable, d.enumerable, d.configurable);
}
