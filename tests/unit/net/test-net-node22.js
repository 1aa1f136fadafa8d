'use strict';
// node 22 additions the node 20 oracle lacks: BlockList.isBlockList, SocketAddress.parse,
// and node 22's 64 KiB default high-water mark on sockets.
const assert = require('assert');
const net = require('net');

assert.strictEqual(net.BlockList.isBlockList(new net.BlockList()), true);
assert.strictEqual(net.BlockList.isBlockList({}), false);

const a = net.SocketAddress.parse('1.2.3.4:80');
assert.deepStrictEqual(a.toJSON(), { address: '1.2.3.4', port: 80, family: 'ipv4', flowlabel: 0 });
const b = net.SocketAddress.parse('[::1]:443');
assert.deepStrictEqual(b.toJSON(), { address: '::1', port: 443, family: 'ipv6', flowlabel: 0 });
assert.strictEqual(net.SocketAddress.parse('[::1]').port, 0);
assert.strictEqual(net.SocketAddress.parse('1.2.3.4').port, 0);
assert.strictEqual(net.SocketAddress.parse('not an address'), undefined);
assert.strictEqual(net.SocketAddress.parse('1.2.3.4:99999'), undefined);
assert.throws(() => net.SocketAddress.parse(5), { code: 'ERR_INVALID_ARG_TYPE' });

const s = new net.Socket();
assert.strictEqual(s.readableHighWaterMark, 65536);
assert.strictEqual(s.writableHighWaterMark, 65536);
