// Column widths count terminal columns: wide characters take two.
console.table([{ name: '\u4e2d\u6587', v: 1 }, { name: 'abc', v: 22 }]);
console.table([{ 'long key name': '\u4e2d\u6587', e: '\ud83d\ude00' }]);
console.table({ '\u00e9t\u00e9': { '\u00fc': '\u00f1' } });
console.table([['\uff21\uff22', 'AB']]);
console.table(['caf\u0065\u0301']);
