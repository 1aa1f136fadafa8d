'use strict';

// Bookkeeping for the sockets of a net.Server that were sent to other processes over IPC
// channels (child.send('x', socket)), so that the server still knows about them: its
// close() waits until every process has closed the sockets it received, and its
// getConnections() counts them. Both sides speak node's protocol over the channel:
//
//   SocketListSend (the sender, one per channel and server key) asks with
//     {cmd: 'NODE_SOCKET_NOTIFY_CLOSE', key} -> {cmd: 'NODE_SOCKET_ALL_CLOSED', key}
//     {cmd: 'NODE_SOCKET_GET_COUNT', key}    -> {cmd: 'NODE_SOCKET_COUNT', key, count}
//   SocketListReceive (the receiver) counts the sockets that arrived for a key and
//   answers; ALL_CLOSED comes once its count is zero.
//
// The key is the server's _connectionKey ("<family>:<address>:<port>").

const EventEmitter = require('events');
const {
  codes: { ERR_CHILD_CLOSED_BEFORE_REPLY },
} = require('internal/errors');

class SocketListSend extends EventEmitter {
  constructor(child, key) {
    super();
    this.key = key;
    this.child = child;
    child.once('exit', () => this.emit('exit', this));
  }

  // Sends msg and calls callback(err, reply) with the reply whose cmd is `cmd` (or an
  // error when the channel closes first).
  _request(msg, cmd, swallowErrors, callback) {
    const self = this;
    if (!this.child.connected) return onclose();
    this.child._send(msg, undefined, swallowErrors);

    function onclose() {
      self.child.removeListener('internalMessage', onreply);
      callback(new ERR_CHILD_CLOSED_BEFORE_REPLY());
    }

    function onreply(reply) {
      if (!(reply.cmd === cmd && reply.key === self.key)) return;
      self.child.removeListener('disconnect', onclose);
      self.child.removeListener('internalMessage', onreply);
      callback(null, reply);
    }

    this.child.once('disconnect', onclose);
    this.child.on('internalMessage', onreply);
  }

  close(callback) {
    this._request({ cmd: 'NODE_SOCKET_NOTIFY_CLOSE', key: this.key },
                  'NODE_SOCKET_ALL_CLOSED', true, callback);
  }

  getConnections(callback) {
    this._request({ cmd: 'NODE_SOCKET_GET_COUNT', key: this.key },
                  'NODE_SOCKET_COUNT', false, (err, reply) => {
                    if (err) return callback(err);
                    callback(null, reply.count);
                  });
  }
}

class SocketListReceive extends EventEmitter {
  constructor(child, key) {
    super();
    this.connections = 0;
    this.key = key;
    this.child = child;

    const onempty = (self) => {
      if (!self.child.connected) return;
      self.child._send({ cmd: 'NODE_SOCKET_ALL_CLOSED', key: self.key }, undefined, true);
    };

    this.child.on('internalMessage', (msg) => {
      if (msg.key !== this.key) return;
      if (msg.cmd === 'NODE_SOCKET_NOTIFY_CLOSE') {
        // Answered at once when nothing is open, else once the last socket closes.
        if (this.connections === 0) return onempty(this);
        this.once('empty', onempty);
      } else if (msg.cmd === 'NODE_SOCKET_GET_COUNT') {
        if (!this.child.connected) return;
        this.child._send({ cmd: 'NODE_SOCKET_COUNT', key: this.key, count: this.connections });
      }
    });
  }

  add(obj) {
    this.connections++;
    obj.socket.once('close', () => {
      this.connections--;
      if (this.connections === 0) this.emit('empty', this);
    });
  }
}

module.exports = { SocketListSend, SocketListReceive };
