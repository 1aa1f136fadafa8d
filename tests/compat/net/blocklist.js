// net.BlockList: addresses, ranges and subnets of both families, IPv4-mapped matching,
// the rules list, inspection, and argument errors.
const net = require('net');
const util = require('util');
const { show } = require('./_helpers');

const bl = new net.BlockList();
bl.addAddress('123.123.123.123');
bl.addAddress('::1', 'ipv6');
bl.addRange('10.0.0.1', '10.0.0.10');
bl.addRange('8592:757c:efae:4e45::', '8592:757c:efae:4e45::f', 'ipv6');
bl.addSubnet('192.168.0.0', 16);
bl.addSubnet('8592:757c:efaf::', 48, 'IPv6');
console.log(bl.rules);
console.log(util.inspect(bl));
console.log(util.inspect({ nested: { list: bl } }, { depth: 1 }));
for (const [a, f] of [
  ['123.123.123.123'], ['10.0.0.5'], ['10.0.0.11'], ['10.0.0.1'], ['10.0.0.10'], ['192.168.5.5'],
  ['192.169.0.0'], ['::1', 'ipv6'], ['::ffff:123.123.123.123', 'ipv6'], ['::ffff:7b7b:7b7b', 'ipv6'],
  ['8592:757c:efaf:1::', 'ipv6'], ['8592:757c:efae:4e45::a', 'ipv6'], ['8592:757c:efb0::', 'ipv6'],
  ['1.1.1.1'], ['123.123.123.123', 'ipv6'], ['x'], ['1.1.1.1', 'foo'], ['::2', 'IPV6'],
]) {
  console.log('check', a, f, bl.check(a, f));
}
show('addAddress(1)', () => bl.addAddress(1));
show('addAddress x', () => bl.addAddress('x'));
show('addAddress ipv6 as ipv4', () => bl.addAddress('::1'));
show('addAddress family x', () => bl.addAddress('1.1.1.1', 'x'));
show('addAddress family 4', () => bl.addAddress('1.1.1.1', 4));
show('addRange reversed', () => bl.addRange('10.0.0.10', '10.0.0.1'));
show('addSubnet prefix 33', () => bl.addSubnet('1.1.1.1', 33));
show('addSubnet prefix 129', () => bl.addSubnet('::', 129, 'ipv6'));
show('addSubnet prefix -1', () => bl.addSubnet('1.1.1.1', -1));
show('addSubnet prefix string', () => bl.addSubnet('1.1.1.1', '8'));
show('check(1)', () => bl.check(1));

const canon = new net.BlockList();
for (const a of ['::0001', '::ffff:1.2.3.4', '1:0:2::', '0:0:0:0:0:0:1.2.3.4', '1:0:0:2:0:0:0:3',
  'FE80::1', '::', '1:2:3:4:5:6:7:8', '0:0:1::', '::ffff:0:0']) {
  canon.addAddress(a, 'ipv6');
}
canon.addSubnet('10.1.2.3', 8);
canon.addRange('1.2.3.4', '1.2.3.4');
console.log(canon.rules);
console.log(canon.check('10.200.0.1'), canon.check('::ffff:10.0.0.1', 'ipv6'),
            canon.check('::ffff:a00:1', 'ipv6'), canon.check('1.2.3.4'));

const mapped = new net.BlockList();
mapped.addSubnet('::ffff:0:0', 96, 'ipv6');
console.log('mapped subnet matches IPv4', mapped.check('1.2.3.4'), mapped.check('::2', 'ipv6'));

// SocketAddress arguments.
const sa = new net.SocketAddress({ address: '123.123.123.124', port: 80 });
bl.addAddress(sa);
console.log(bl.check(sa), bl.check(new net.SocketAddress({ address: '1.1.1.1' })), bl.rules.length);
const bl2 = new net.BlockList();
bl2.addSubnet(new net.SocketAddress({ address: '10.0.0.0' }), 8);
bl2.addRange(new net.SocketAddress({ address: '1.0.0.0' }), new net.SocketAddress({ address: '1.0.0.5' }));
console.log(bl2.rules, bl2.check('10.1.2.3'), bl2.check('1.0.0.6'));
console.log(Object.keys(bl), Object.getOwnPropertyNames(net.BlockList.prototype));
