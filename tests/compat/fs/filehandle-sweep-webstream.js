'use strict';
// FileHandle.readableWebStream as node 22 makes it (here with type 'bytes', which node 20
// also has): a byte stream of 16 KiB chunks from the file's current position, which a
// byob reader can read; the stream holds the descriptor, so close() waits for it, and
// closing the handle cancels the stream; one stream per handle.
const fs = require('fs');
const fsp = fs.promises;
const { p, scrub } = require('./_tmp');

function fmt(v) {
  if (v instanceof Error) return `${v.name}|${v.code}|${scrub(v.message)}`;
  return JSON.stringify(v);
}

const t = require('./_outcome')(fmt);

const B = { type: 'bytes' };

async function collect(rs) {
  const parts = [];
  for await (const c of rs) parts.push(`${c.constructor.name}:${c.length}`);
  return parts;
}

(async () => {
  const file = p('web.txt');
  fs.writeFileSync(file, 'x'.repeat(40000) + 'END');
  {
    const fh = await fsp.open(file);
    await t('chunks', async () => collect(fh.readableWebStream(B)));
    await t('second stream', () => fh.readableWebStream(B));
    await t('fd open after the end', () => fh.fd > 0);
    await t('close', () => fh.close());
  }
  {
    const fh = await fsp.open(file);
    await fh.read(Buffer.alloc(39990), 0, 39990);
    await t('from the current position', async () => {
      const parts = [];
      for await (const c of fh.readableWebStream(B)) parts.push(Buffer.from(c).toString());
      return parts;
    });
    await t('positional read after it', async () => {
      const { bytesRead, buffer } = await fh.read(Buffer.alloc(4), 0, 4, 0);
      return [bytesRead, buffer.toString()];
    });
    await fh.close();
  }
  {
    const fh = await fsp.open(file);
    const rs = fh.readableWebStream(B);
    await t('byob reader', async () => {
      const r = rs.getReader({ mode: 'byob' });
      const a = await r.read(new Uint8Array(10));
      const b = await r.read(new Uint8Array(100000));
      const c = await r.read(new Uint8Array(10));
      return [a.value.length, a.done, b.value.length, c.done, c.value.length];
    });
    await fh.close();
  }
  {
    const fh = await fsp.open(file);
    const ev = [];
    fh.on('close', () => ev.push('close event'));
    const r = fh.readableWebStream(B).getReader();
    const first = await r.read();
    ev.push('first ' + first.value.length);
    const closing = fh.close().then(() => ev.push('closed fd=' + fh.fd));
    ev.push('after close() fd=' + fh.fd);
    ev.push(await r.read().then((x) => `read done=${x.done}`, (e) => `read error ${e.code}`));
    await closing;
    console.log('close while reading', ev);
  }
  {
    const fh = await fsp.open(file);
    const rs = fh.readableWebStream(B);
    const ev = [];
    const closing = fh.close().then(() => ev.push('closed'));
    ev.push('fd after close() ' + fh.fd);
    await closing;
    const x = await rs.getReader().read();
    ev.push('read done=' + x.done);
    console.log('close before reading', ev);
  }
  {
    const fh = await fsp.open(file);
    const rs = fh.readableWebStream(B);
    await t('cancel then close', async () => {
      await rs.cancel();
      const open = fh.fd > 0;
      await fh.close();
      return [open, fh.fd];
    });
  }
  {
    const fh = await fsp.open(file);
    const closing = fh.close();
    await t('while closing', () => fh.readableWebStream(B));
    await closing;
    await t('when closed', () => fh.readableWebStream(B));
  }
  {
    fs.writeFileSync(p('empty'), '');
    const fh = await fsp.open(p('empty'));
    await t('empty file', () => collect(fh.readableWebStream(B)));
    await fh.close();
  }
})();
