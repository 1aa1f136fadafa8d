const show = require('./_show');
for (const s of ['aGVsbG8=', 'aGVsbG8', 'aGVsbA==', 'aGVsbA', 'aG Vs\nbG8=', 'YW=Jj', 'Y', 'YQ', 'YQ=', '====', 'a-_b', '+/+/', '-_-_', '!!!aGk=', 'aGk=aGk=', ''.padEnd(100, 'QUJD')]) {
  show(`base64 ${JSON.stringify(s)}`, () => Buffer.from(s, 'base64'));
  show(`base64url ${JSON.stringify(s)}`, () => Buffer.from(s, 'base64url'));
  show(`byteLength base64 ${JSON.stringify(s)}`, () => Buffer.byteLength(s, 'base64'));
}
for (const s of ['', '0', '00', 'abcd', 'ABCD', 'abzz12', 'zz', '0g', 'a', 'abc', '00ff80', ' 0a']) {
  show(`hex ${JSON.stringify(s)}`, () => Buffer.from(s, 'hex'));
  show(`byteLength hex ${JSON.stringify(s)}`, () => Buffer.byteLength(s, 'hex'));
}
const data = Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255, 62, 63, 64]);
for (let n = 0; n <= data.length; n++) {
  const b = data.subarray(0, n);
  console.log(n, b.toString('base64'), b.toString('base64url'), b.toString('hex'));
}
