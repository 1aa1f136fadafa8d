// A socket is a stream.Duplex: pipeline() through it, async iteration of its data,
// stream.finished(), and the Readable/Writable properties.
const net = require('net');
const stream = require('stream');
const { listen, guard } = require('./_helpers');
guard();

const server = net.createServer((sock) => {
  // Upper-case everything through a Transform and send it back.
  stream.pipeline(sock, new stream.Transform({
    transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
  }), sock, (err) => console.log('server pipeline done', err));
});

listen(server).then(async () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  console.log('instanceof', c instanceof stream.Duplex, c instanceof stream.Readable,
              c instanceof stream.Writable, c instanceof stream.Stream, net.Stream === net.Socket);
  // (The default high-water mark is 16 KiB in node 20 and 64 KiB in node 22.)
  console.log('hwm', c.readableHighWaterMark === c.writableHighWaterMark, c.readableObjectMode);
  stream.finished(c, (err) => console.log('finished', err));
  stream.Readable.from(['alpha ', 'beta ', 'gamma']).pipe(c);
  let text = '';
  for await (const chunk of c) text += chunk;
  console.log('received', text);
  server.close(() => console.log('closed'));
});
