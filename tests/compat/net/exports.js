// What node:net and node:dns export.
const net = require('net');
const dns = require('dns');
console.log(Object.keys(net));
for (const k of Object.keys(net)) console.log(k, typeof net[k]);
console.log(Object.keys(dns));
console.log(Object.keys(dns.promises));
console.log(net.Socket.name, net.Server.name, net.Socket.length, net.Server.length);
console.log(typeof net.Socket.prototype.connect, typeof net.Server.prototype.listen);
const s = net.Socket();
console.log('call without new', s instanceof net.Socket, net.Server() instanceof net.Server);
console.log(require('node:net') === net, require('node:dns/promises') === dns.promises);
