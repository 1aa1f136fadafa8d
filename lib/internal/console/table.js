'use strict';

// console.table: turns the data into columns of inspected cells (tabulate) and draws
// the box (renderTable): a header row and one row per entry, cells left-aligned and
// padded to the widest cell of their column, measured in terminal columns (wide CJK
// characters and emoji count double, colour escapes count nothing).

const {
  ArrayFrom,
  ArrayIsArray,
  ArrayPrototypeJoin,
  ArrayPrototypeMap,
  ArrayPrototypePush,
  ArrayPrototypeUnshift,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  ObjectValues,
  StringPrototypeRepeat,
} = primordials;

const inspectModule = require('internal/util/inspect');
const { inspect } = inspectModule;
const {
  getObjectType,
  kMap,
  kSet,
  kMapIterator,
  kSetIterator,
} = internalBinding('util');

const kTopLeft = '\u250c';
const kTopMiddle = '\u252c';
const kTopRight = '\u2510';
const kLeftMiddle = '\u251c';
const kRowMiddle = '\u253c';
const kRightMiddle = '\u2524';
const kBottomLeft = '\u2514';
const kBottomMiddle = '\u2534';
const kBottomRight = '\u2518';
const kHorizontal = '\u2500';
const kLeft = '\u2502 ';
const kMiddle = ' \u2502 ';
const kRight = ' \u2502';

let stringWidth;
function getStringWidth(text) {
  if (stringWidth === undefined) {
    const inspectWidth = inspectModule.getStringWidth;
    stringWidth = typeof inspectWidth === 'function' ? inspectWidth : fallbackStringWidth;
  }
  return stringWidth(text);
}

// ---------------------------------------------------------------------------------------
// A terminal-width measure for when util.inspect does not provide one.

// Matches ANSI escape sequences (CSI and OSC forms).
const kAnsiPattern = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;

function isZeroWidth(code) {
  return code <= 0x1F ||
    (code >= 0x7F && code <= 0x9F) ||
    (code >= 0x300 && code <= 0x36F) ||
    (code >= 0x200B && code <= 0x200F) ||
    (code >= 0x20D0 && code <= 0x20FF) ||
    (code >= 0xFE00 && code <= 0xFE0F) ||
    (code >= 0xFE20 && code <= 0xFE2F) ||
    (code >= 0xE0100 && code <= 0xE01EF);
}

function isFullWidth(code) {
  return code >= 0x1100 && (
    code <= 0x115F ||
    code === 0x2329 || code === 0x232A ||
    (code >= 0x2E80 && code <= 0x3247 && code !== 0x303F) ||
    (code >= 0x3250 && code <= 0x4DBF) ||
    (code >= 0x4E00 && code <= 0xA4C6) ||
    (code >= 0xA960 && code <= 0xA97C) ||
    (code >= 0xAC00 && code <= 0xD7A3) ||
    (code >= 0xF900 && code <= 0xFAFF) ||
    (code >= 0xFE10 && code <= 0xFE19) ||
    (code >= 0xFE30 && code <= 0xFE6B) ||
    (code >= 0xFF01 && code <= 0xFF60) ||
    (code >= 0xFFE0 && code <= 0xFFE6) ||
    (code >= 0x1B000 && code <= 0x1B001) ||
    (code >= 0x1F200 && code <= 0x1F251) ||
    (code >= 0x1F300 && code <= 0x1F64F) ||
    (code >= 0x1F900 && code <= 0x1F9FF) ||
    (code >= 0x20000 && code <= 0x3FFFD));
}

function fallbackStringWidth(text) {
  text = text.replace(kAnsiPattern, '');
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0);
    if (isFullWidth(code)) width += 2;
    else if (!isZeroWidth(code)) width++;
  }
  return width;
}

// ---------------------------------------------------------------------------------------

function renderRow(row, widths) {
  let out = kLeft;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    out += cell + StringPrototypeRepeat(' ', widths[i] - getStringWidth(cell));
    if (i !== row.length - 1) out += kMiddle;
  }
  return out + kRight;
}

// renderTable(head, columns): head is the list of column titles, columns[i] the cells of
// column i by row (missing cells are blank). Returns the box without a final newline.
function renderTable(head, columns) {
  const widths = ArrayPrototypeMap(head, (title) => getStringWidth(title));
  let rowCount = 0;
  for (let i = 0; i < columns.length; i++) {
    if (columns[i].length > rowCount) rowCount = columns[i].length;
  }
  const rows = [];
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < rowCount; j++) {
      rows[j] ??= [];
      const value = ObjectPrototypeHasOwnProperty(column, j) ? column[j] : '';
      rows[j][i] = value;
      const width = getStringWidth(value);
      if (width > (widths[i] || 0)) widths[i] = width;
    }
  }
  const rules = ArrayPrototypeMap(widths, (w) => StringPrototypeRepeat(kHorizontal, w + 2));
  let result = `${kTopLeft}${ArrayPrototypeJoin(rules, kTopMiddle)}${kTopRight}\n` +
    `${renderRow(head, widths)}\n` +
    `${kLeftMiddle}${ArrayPrototypeJoin(rules, kRowMiddle)}${kRightMiddle}\n`;
  for (let j = 0; j < rows.length; j++) result += `${renderRow(rows[j], widths)}\n`;
  result += `${kBottomLeft}${ArrayPrototypeJoin(rules, kBottomMiddle)}${kBottomRight}`;
  return result;
}

// ---------------------------------------------------------------------------------------
// The data.

// Map/Set iterator contents without advancing the iterator, as a flat list (key, value,
// key, value... when isKeyValue); undefined when the engine state cannot be read.
function previewIterator(iterator) {
  return inspectModule.previewIteratorEntries(iterator);
}

// tabulate(data, properties, inspectOptions) -> the table text for a non-null object;
// properties (an array or undefined) picks the columns; inspectOptions are the console's
// for its stdout (colours).
function tabulate(tabularData, properties, inspectOptions) {
  // Cells show nested objects shallowly: one level, none for objects of 3+ keys.
  const cell = (v) => {
    const depth = v !== null && typeof v === 'object' && !ArrayIsArray(v) &&
      ObjectKeys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...inspectOptions });
  };
  const indexColumn = (length) => ArrayFrom({ length }, (_, i) => cell(i));

  const type = getObjectType(tabularData);
  let data = tabularData;
  let isKeyValue = false;
  let isIterator = false;
  if (type === kMapIterator || type === kSetIterator) {
    const preview = previewIterator(tabularData);
    if (preview !== undefined) {
      data = preview.entries;
      // A Set's entries() iterator lists each value twice, as plain values.
      isKeyValue = type === kMapIterator && preview.isKeyValue;
      isIterator = true;
    }
  }

  if (isKeyValue || (!isIterator && type === kMap)) {
    const keys = [];
    const values = [];
    if (isIterator) {
      for (let i = 0; i < data.length; i += 2) {
        ArrayPrototypePush(keys, cell(data[i]));
        ArrayPrototypePush(values, cell(data[i + 1]));
      }
    } else {
      for (const { 0: k, 1: v } of data) {
        ArrayPrototypePush(keys, cell(k));
        ArrayPrototypePush(values, cell(v));
      }
    }
    return renderTable(['(iteration index)', 'Key', 'Values'],
                       [indexColumn(keys.length), keys, values]);
  }

  if (isIterator || type === kSet) {
    const values = [];
    for (const v of data) ArrayPrototypePush(values, cell(v));
    return renderTable(['(iteration index)', 'Values'], [indexColumn(values.length), values]);
  }

  // Rows are the own enumerable keys; columns the union of the rows' keys (or the given
  // properties); primitive rows go to a trailing "Values" column.
  const columns = { __proto__: null };
  let hasPrimitives = false;
  const primitiveValues = [];
  const rowKeys = ObjectKeys(data);
  for (let i = 0; i < rowKeys.length; i++) {
    const item = data[rowKeys[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitiveValues[i] = cell(item);
    } else {
      const keys = properties || ObjectKeys(item);
      for (const key of keys) {
        columns[key] ??= [];
        if ((primitive && properties) || !ObjectPrototypeHasOwnProperty(item, key)) {
          columns[key][i] = '';
        } else {
          columns[key][i] = cell(item[key]);
        }
      }
    }
  }
  const head = ObjectKeys(columns);
  const body = ObjectValues(columns);
  if (hasPrimitives) {
    ArrayPrototypePush(head, 'Values');
    ArrayPrototypePush(body, primitiveValues);
  }
  ArrayPrototypeUnshift(head, '(index)');
  ArrayPrototypeUnshift(body, rowKeys);
  return renderTable(head, body);
}

module.exports = { renderTable, tabulate };
