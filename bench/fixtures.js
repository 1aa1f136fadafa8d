'use strict';
// Shared by the file system, stream and compression benchmarks (fs-*.js, streams-*.js,
// zlib-file.js); not a benchmark itself. It makes the input files, outside the timed part:
//  - scratch(): a fresh directory under os.tmpdir(), removed when the process exits;
//  - textFile(file, size): `size` bytes of generated text lines (words from a fixed seed,
//    so every run and both runtimes read the same bytes), made only when the file is
//    missing or has another size; written to a temporary name and renamed, so a run that
//    is killed never leaves a short file behind;
//  - workFile(name, size): textFile() in the directory run.py passes as the script's last
//    argument (bench/.work/fs/, kept for the whole bench run so a 1 GiB file is written
//    once), or in a scratch directory when the script runs alone;
//  - start() -> clock, then report(clock, check, parts): the "bench ms=... check=..." line
//    run.py reads, then a "parts ..." line with the time of each named part and the CPU
//    time (user + system, all threads) spent since start().
const fs = require('fs');
const os = require('os');
const path = require('path');

let scratchDir = null;

function scratch() {
  if (scratchDir === null) {
    scratchDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-bench-'));
    process.on('exit', () => fs.rmSync(scratchDir, { recursive: true, force: true }));
  }
  return scratchDir;
}

const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'stream', 'buffer', 'node', 'file', 'read',
  'write', 'line', 'reader', 'interface', 'the', 'a', 'of', 'and', 'to', 'in', 'compress',
  'data', 'bytes', 'header', 'chunk', 'window', '2024', '42', '7', 'x', 'y', 'z', 'caf\u00e9'];

// `size` bytes of text: lines of 0 to 15 words, generated a megabyte at a time; after the
// first eight megabytes the blocks repeat (further than any compressor's window looks back,
// so compression ratios stay those of fresh text).
function generateText(size, onBlock) {
  const first = [];
  let seed = 20261126;
  const random = (n) => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return Math.floor(seed / 4294967296 * n);  // the top bits: the low ones cycle quickly
  };
  let produced = 0;
  let count = 0;
  while (produced < size) {
    if (first.length === 8) {
      const block = first[count++ % 8];
      const n = Math.min(block.length, size - produced);
      onBlock(n === block.length ? block : block.subarray(0, n));
      produced += n;
      continue;
    }
    const parts = [];
    let length = 0;
    while (length < 1024 * 1024) {
      const n = random(16);
      let line = '';
      for (let j = 0; j < n; j++) line += (j ? ' ' : '') + WORDS[random(WORDS.length)];
      parts.push(line);
      length += line.length + 1;
    }
    const text = Buffer.from(parts.join('\n') + '\n');
    // Whole lines of at most a megabyte, so that no block ends inside a character.
    let block = text.subarray(0, text.lastIndexOf(10, 1024 * 1024 - 1) + 1);
    first.push(block);
    if (block.length > size - produced) block = block.subarray(0, size - produced);
    onBlock(block);
    produced += block.length;
  }
}

function textFile(file, size) {
  try {
    if (fs.statSync(file).size === size) return file;
  } catch {}
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(temporary, 'w');
  generateText(size, (block) => fs.writeSync(fd, block));
  fs.closeSync(fd);
  fs.renameSync(temporary, file);
  return file;
}

function workFile(name, size) {
  const arg = process.argv[process.argv.length - 1];
  const dir = process.argv.length > 2 && path.isAbsolute(arg) ? arg : scratch();
  return textFile(path.join(dir, name), size);
}

function start() {
  return { time: process.hrtime.bigint(), cpu: process.cpuUsage() };
}

// Milliseconds since `from` (a start() clock, or a process.hrtime.bigint() value).
function since(from) {
  return Number(process.hrtime.bigint() - (typeof from === 'bigint' ? from : from.time)) / 1e6;
}

function report(clock, check, parts) {
  const ms = since(clock);
  const cpu = process.cpuUsage(clock.cpu);
  process.stderr.write(`bench ms=${ms.toFixed(3)} check=${check}\n`);
  const fields = Object.entries(parts || {}).map(([k, v]) => `${k}=${v.toFixed(1)}ms`);
  fields.push(`cpu=${((cpu.user + cpu.system) / 1000).toFixed(0)}ms`);
  process.stderr.write(`parts ${fields.join(' ')}\n`);
}

module.exports = { generateText, report, scratch, since, start, textFile, workFile };
