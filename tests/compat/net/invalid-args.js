// Argument validation of connect(), listen(), createServer(), Socket and socket methods:
// node's error classes, codes and messages.
const net = require('net');
const { show } = require('./_helpers');

function attempt(label, fn) {
  show(label, () => {
    const r = fn();
    // Anything created is torn down at once.
    if (r && typeof r.destroy === 'function') {
      r.on('error', () => {});
      r.destroy();
    }
    if (r && typeof r.close === 'function' && r instanceof net.Server) {
      r.on('error', () => {});
      r.close();
    }
    return r && r.constructor ? `ok ${r.constructor.name}` : r;
  });
}

attempt('connect()', () => net.connect());
attempt('connect({})', () => net.connect({}));
attempt('connect(-1)', () => net.connect(-1));
attempt('connect(70000)', () => net.connect(70000));
attempt('connect(1.5)', () => net.connect(1.5));
attempt('connect({port:true})', () => net.connect({ port: true }));
attempt('connect({port:{}})', () => net.connect({ port: {} }));
attempt('connect({port:""})', () => net.connect({ port: '' }));
attempt('connect({port:" "})', () => net.connect({ port: ' ' }));
attempt('connect({port:NaN})', () => net.connect({ port: NaN }));
attempt('connect({port:null})', () => net.connect({ port: null }));
attempt('connect({port:1,host:5})', () => net.connect({ port: 1, host: 5 }));
attempt('connect({path:5})', () => net.connect({ path: 5 }));
attempt('connect({port:1,localAddress:"x"})', () => net.connect({ port: 1, localAddress: 'x' }));
attempt('connect({port:1,localPort:"x"})', () => net.connect({ port: 1, localPort: 'x' }));
attempt('connect({port:1,host:"localhost",family:5})', () => net.connect({ port: 1, host: 'localhost', family: 5 }));
attempt('connect({port:1,host:"localhost",lookup:5})', () => net.connect({ port: 1, host: 'localhost', lookup: 5 }));
attempt('connect({port:1,autoSelectFamily:5})', () => net.connect({ port: 1, autoSelectFamily: 5 }));
attempt('connect({port:1,autoSelectFamilyAttemptTimeout:0})', () => net.connect({ port: 1, autoSelectFamilyAttemptTimeout: 0 }));
attempt('connect({port:1,host:"localhost",hints:-1})', () => net.connect({ port: 1, host: 'localhost', hints: -1 }));
attempt('connect({port:1,timeout:"x"})', () => net.connect({ port: 1, timeout: 'x' }));
attempt('connect({port:1,signal:1})', () => net.connect({ port: 1, signal: 1 }));
attempt('createServer(5)', () => net.createServer(5));
attempt('createServer("x")', () => net.createServer('x'));
attempt('createServer({keepAliveInitialDelay:"x"})', () => net.createServer({ keepAliveInitialDelay: 'x' }));
attempt('listen({})', () => net.createServer().listen({}));
attempt('listen({port:-1})', () => net.createServer().listen({ port: -1 }));
attempt('listen(-1)', () => net.createServer().listen(-1));
attempt('listen(65536)', () => net.createServer().listen(65536));
attempt('listen({port:"abc"})', () => net.createServer().listen({ port: 'abc' }));
attempt('listen(true)', () => net.createServer().listen(true));
attempt('listen({host:"x"})', () => net.createServer().listen({ host: 'x' }));
attempt('listen({fd:-5})', () => net.createServer().listen({ fd: -5 }));
attempt('listen({path:5})', () => net.createServer().listen({ path: 5 }));
attempt('listen({port:0,signal:1})', () => net.createServer().listen({ port: 0, signal: 1 }));
attempt('Socket({fd:-1})', () => new net.Socket({ fd: -1 }));
attempt('Socket({fd:"x"})', () => new net.Socket({ fd: 'x' }));
attempt('Socket({objectMode:true})', () => new net.Socket({ objectMode: true }));
attempt('Socket({readableObjectMode:true})', () => new net.Socket({ readableObjectMode: true }));
attempt('Socket({keepAliveInitialDelay:"x"})', () => new net.Socket({ keepAliveInitialDelay: 'x' }));
attempt('setTimeout("x")', () => new net.Socket().setTimeout('x'));
attempt('setTimeout(-1)', () => new net.Socket().setTimeout(-1));
attempt('setTimeout(Infinity)', () => new net.Socket().setTimeout(Infinity));
attempt('setTimeout(1, 5)', () => new net.Socket().setTimeout(1, 5));
attempt('setTimeout(0, 5)', () => new net.Socket().setTimeout(0, 5));
attempt('write(5)', () => new net.Socket().write(5));
attempt('write(null)', () => new net.Socket().write(null));
attempt('write("x", "bogus")', () => new net.Socket().write('x', 'bogus'));
attempt('getConnections(5)', () => net.createServer().getConnections(5));
attempt('setDefaultAutoSelectFamily("x")', () => net.setDefaultAutoSelectFamily('x'));
attempt('setDefaultAutoSelectFamilyAttemptTimeout("x")', () => net.setDefaultAutoSelectFamilyAttemptTimeout('x'));
attempt('setDefaultAutoSelectFamilyAttemptTimeout(0)', () => net.setDefaultAutoSelectFamilyAttemptTimeout(0));
attempt('setDefaultAutoSelectFamilyAttemptTimeout(5)', () => {
  net.setDefaultAutoSelectFamilyAttemptTimeout(5);
  return net.getDefaultAutoSelectFamilyAttemptTimeout();
});
attempt('resetAndDestroy() without handle', () => {
  const s = new net.Socket();
  s.on('error', (e) => console.log('  async error', e.code, e.message));
  return s.resetAndDestroy();
});
