// net.SocketAddress: defaults, canonical addresses, toJSON, inspection, validation.
const net = require('net');
const util = require('util');
const { show } = require('./_helpers');

const sa = new net.SocketAddress({ address: '123.123.123.123', port: 80 });
console.log(sa.address, sa.port, sa.family, sa.flowlabel, sa.toJSON(), util.inspect(sa));
const sa6 = new net.SocketAddress({ address: '::1', family: 'ipv6', port: 1, flowlabel: 5 });
console.log(sa6, sa6.toJSON(), JSON.stringify(sa6));
console.log(new net.SocketAddress());
console.log(new net.SocketAddress({ family: 'ipv6' }));
console.log(new net.SocketAddress({ family: 'IPv6', address: '0:0::FFFF:1.2.3.4' }).address);
console.log(new net.SocketAddress({ address: 'fe80::1%1', family: 'ipv6' }).address);
console.log(new net.SocketAddress({ address: '10.0.0.1', flowlabel: 7 }).flowlabel);
console.log(net.SocketAddress.isSocketAddress(sa), net.SocketAddress.isSocketAddress({}),
            net.SocketAddress.isSocketAddress(null));
console.log(util.inspect([sa], { depth: 0 }));
show('bad address', () => new net.SocketAddress({ address: 'x' }));
show('ipv6 address as ipv4', () => new net.SocketAddress({ address: '::1' }));
show('bad family', () => new net.SocketAddress({ family: 'x' }));
show('bad port', () => new net.SocketAddress({ port: -1 }));
show('bad flowlabel', () => new net.SocketAddress({ flowlabel: -1 }));
show('options number', () => new net.SocketAddress(1));
show('address number', () => new net.SocketAddress({ address: 1 }));
console.log(Object.getOwnPropertyNames(net.SocketAddress.prototype));
