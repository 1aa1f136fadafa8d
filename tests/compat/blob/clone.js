'use strict';
// structuredClone() of Blobs: a Blob with the same contents and type, inside other values
// too. (Files clone to Files in node 22 but to Blobs in node 20: see
// tests/unit/web/test-file-node22.js.)
(async () => {
  const blob = new Blob(['cloned ', new Uint8Array([98, 121, 116, 101, 115])], { type: 'X/Y' });
  const copy = structuredClone(blob);
  console.log(copy, copy === blob, copy instanceof Blob, await copy.text());
  const other = new Blob(['file'], { type: 't/f' });
  const graph = structuredClone({ list: [blob, blob], map: new Map([['k', other]]) });
  console.log(graph, graph.list[0] === graph.list[1], graph.list[0] !== blob);
  console.log(await graph.list[1].slice(2, 6).text(), await graph.map.get('k').text());
  const sliced = structuredClone(blob.slice(-5));
  console.log(sliced, await sliced.text());
})();

// The Blob fs.openAsBlob() returns cannot be cloned; its slices and Blobs built from it can.
(async () => {
  const fs = require('fs');
  const os = require('os');
  const path = require('path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-blob-'));
  const file = path.join(dir, 'clone.txt');
  fs.writeFileSync(file, 'file-backed contents');
  const backed = await fs.openAsBlob(file);
  for (const [label, value] of [['direct', backed], ['slice', backed.slice(5)],
    ['composed', new Blob(['<', backed, '>'])], ['nested', { list: [backed] }]]) {
    try {
      const copy = structuredClone(value);
      console.log(label, copy, await (copy.list ? copy.list[0] : copy).text());
    } catch (err) {
      console.log(label, err.name, err.code, err.constructor.name, err.message);
    }
  }
  fs.rmSync(dir, { recursive: true });
})();
