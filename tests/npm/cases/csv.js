'use strict';
const { parse } = require('csv-parse');
const { parse: parseSync } = require('csv-parse/sync');
const { stringify } = require('csv-stringify');
const { stringify: stringifySync } = require('csv-stringify/sync');
const fs = require('fs');
const path = require('path');
const { pipeline, Transform } = require('stream');
const { tmpdir } = require('./_tmp');

const root = tmpdir('csv');
const input = path.join(root, 'in.csv');
const lines = ['id,name,score,note'];
for (let i = 0; i < 500; i++) lines.push(`${i},"name ${i}",${(i * 37) % 101},"${i % 7 ? 'plain' : 'has, comma and ""quotes""'}"`);
fs.writeFileSync(input, lines.join('\r\n') + '\r\n');

const rows = [];
pipeline(
  fs.createReadStream(input, { highWaterMark: 1000 }),
  parse({ columns: true, cast: (v, ctx) => (ctx.column === 'score' || ctx.column === 'id' ? Number(v) : v) }),
  new Transform({
    objectMode: true,
    transform(rec, enc, cb) {
      rows.push(rec);
      if (rec.score > 90) cb(null, { ...rec, grade: 'A' });
      else cb();
    },
  }),
  stringify({ header: true, columns: ['id', 'name', 'score', 'grade', 'note'] }),
  fs.createWriteStream(path.join(root, 'out.csv')),
  (err) => {
    console.log('pipeline done', err);
    console.log('rows', rows.length, rows[0], rows[7]);
    const out = fs.readFileSync(path.join(root, 'out.csv'), 'utf8');
    console.log(out.split('\n').slice(0, 4));
    console.log('out lines', out.split('\n').length);

    console.log(parseSync('a;b\n1;"x;y"\n# comment\n2;z', { delimiter: ';', comment: '#', from_line: 2 }));
    console.log(parseSync('a,b\n1,2,3', { relax_column_count: true }));
    try {
      parseSync('a,b\n1,2,3');
    } catch (e) {
      console.log(e.code, e.message);
    }
    try {
      parseSync('"unclosed,1\n');
    } catch (e) {
      console.log(e.code, e.message);
    }
    console.log(JSON.stringify(stringifySync([[1, 'a,b', null, true, new Date(0)], ['x\ny', '"q"']], { quoted_string: true })));
    console.log(stringifySync([{ a: 1, b: { c: 2 } }], { header: true, columns: ['a', 'b.c'] }));
    const parser = parse({ bom: true, skip_empty_lines: true, trim: true });
    const got = [];
    parser.on('readable', () => {
      let r;
      while ((r = parser.read()) !== null) got.push(r);
    });
    parser.on('end', () => console.log('bom/trim', got, parser.info.records, parser.info.lines));
    parser.write(Buffer.from([0xef, 0xbb, 0xbf]));
    parser.write(' é , b \n\n c,');
    parser.end('d\n');
  });
