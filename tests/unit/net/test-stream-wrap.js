// Flags: --expose-internals
'use strict';
// The stream handle layer used directly (src/stream_wrap.c through tcp_wrap): the write
// methods' return protocol (0 done, 1 queued then oncomplete, < 0 errno), writev with
// mixed encodings, counters, shutdown, and the handle's properties.
const assert = require('assert');
const { internalBinding } = require('internal/test/binding');
const { TCP, constants } = internalBinding('tcp_wrap');
const { UV_EOF, UV_EBADF } = internalBinding('uv');

const server = new TCP(constants.SERVER);
assert.strictEqual(server.bind('127.0.0.1', 0), 0);
assert.strictEqual(server.listen(16), 0);
const addr = {};
assert.strictEqual(server.getsockname(addr), 0);
assert.strictEqual(addr.family, 'IPv4');
assert.strictEqual(server.isStreamBase, true);
assert.strictEqual(typeof server.getAsyncId(), 'number');
assert.ok(server.fd > 2);
assert.throws(() => TCP.prototype.readStart.call({}), { code: 'ERR_INVALID_THIS' });

const received = [];
let serverSide;
server.onconnection = (status, client) => {
  assert.strictEqual(status, 0);
  assert.ok(client instanceof TCP);
  serverSide = client;
  client.onread = (nread, ab) => {
    if (nread > 0) {
      assert.ok(ab instanceof ArrayBuffer);
      assert.strictEqual(ab.byteLength, nread);
      received.push(Buffer.from(ab));
      return;
    }
    assert.strictEqual(nread, UV_EOF);
    const all = Buffer.concat(received);
    assert.strictEqual(client.bytesRead, all.length);
    // writev + the single-string writes, then the 4 MiB buffer.
    const head = Buffer.concat([
      Buffer.from([1, 2, 3]), Buffer.from('\u00e9', 'utf8'), Buffer.from('\u00e9', 'latin1'),
      Buffer.from('\u20ac', 'ucs2'), Buffer.from('ab', 'ascii'),
      Buffer.from('x\u00ff', 'latin1'), Buffer.from('y\u00ff', 'latin1'),
      Buffer.from('z\u20ac', 'ucs2'), Buffer.from('\ud83d\ude00\ud800', 'utf8'),
    ]);
    assert.deepStrictEqual(all.subarray(0, head.length), head);
    assert.strictEqual(all.length, head.length + big.length);
    assert.ok(all.subarray(head.length).equals(big));
    client.close();
    server.close(() => { done = true; });
  };
  assert.strictEqual(client.readStart(), 0);
  assert.strictEqual(client.readStart(), 0);
};

const big = Buffer.alloc(4 * 1024 * 1024, 7);
let done = false;
let bigCompleted = false;
const c = new TCP(constants.SOCKET);
const req = {
  oncomplete(status, handle, request, readable, writable) {
    assert.strictEqual(status, 0);
    assert.strictEqual(handle, c);
    assert.strictEqual(request, req);
    assert.strictEqual(readable, true);
    assert.strictEqual(writable, true);
    const peer = {};
    assert.strictEqual(c.getpeername(peer), 0);
    assert.strictEqual(peer.port, addr.port);
    assert.strictEqual(c.setNoDelay(true), 0);
    assert.strictEqual(c.setKeepAlive(true, 10), 0);

    assert.strictEqual(c.writev({}, [
      Buffer.from([1, 2, 3]), 'buffer', '\u00e9', 'utf8', '\u00e9', 'latin1', '\u20ac', 'ucs2',
      'ab', 'ascii'], false), 0);
    assert.strictEqual(c.writev({}, ['x', 'hex'], false), internalBinding('uv').UV_EINVAL);
    assert.strictEqual(c.writev({}, [], true), 0);
    assert.strictEqual(c.writeLatin1String({}, 'x\u00ff'), 0);
    assert.strictEqual(c.writeAsciiString({}, 'y\u00ff'), 0);
    assert.strictEqual(c.writeUcs2String({}, 'z\u20ac'), 0);
    assert.strictEqual(c.writeUtf8String({}, '\ud83d\ude00\ud800'), 0);
    const bigReq = {
      oncomplete(st) {
        assert.strictEqual(st, 0);
        assert.strictEqual(this, bigReq);
        assert.strictEqual(this.chunks, big);
        bigCompleted = true;
        assert.strictEqual(c.writeQueueSize, 0);
        const sreq = {
          oncomplete(s2) {
            assert.strictEqual(s2, 0);
            c.close(() => {
              assert.strictEqual(c.writeBuffer({}, Buffer.from('x')), UV_EBADF);
              assert.strictEqual(c.fd, -1);
            });
          },
        };
        assert.strictEqual(c.shutdown(sreq), 0);
      },
    };
    // Too big for the socket buffer: queued.
    assert.strictEqual(c.writeBuffer(bigReq, big), 1);
    assert.strictEqual(c.bytesWritten, 3 + 2 + 1 + 2 + 2 + 2 + 2 + 4 + 7 + big.length);
  },
};
assert.strictEqual(c.connect(req, '127.0.0.1', addr.port), 0);
assert.strictEqual(c.connect6({}, 'not an ip', 1), internalBinding('uv').UV_EINVAL);
assert.strictEqual(c.bind6('nope', 0, 0), internalBinding('uv').UV_EINVAL);

process.on('exit', () => {
  assert.ok(done, 'the exchange finished');
  assert.ok(bigCompleted);
  assert.strictEqual(serverSide.bytesWritten, 0);
});
