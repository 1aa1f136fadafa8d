// Full-width and zero-width characters in console.table and array grouping.
const wide = ['\u4e2d\u6587', '\u65e5\u672c\u8a9e', '\ud55c\uad6d\uc5b4', 'ascii', '\uff21\uff22'];
console.table(wide);
console.table([{ name: '\u4e2d', value: 'a' }, { name: 'bb', value: '\u{1F600}' }]);
console.table([{ combining: 'e\u0301e\u0301', zw: 'a\u200bb' }]);
console.table([{ emoji: '\u{1F468}\u200d\u{1F469}', flag: '\u{1F1EF}\u{1F1F5}' }]);
console.table([{ ctrl: 'a\x1b[31mred\x1b[39m' }]);
console.log(Array.from({ length: 10 }, (_, i) => '\u4e2d'.repeat(i % 4 + 1)));
console.log(Array.from({ length: 10 }, (_, i) => '\u{1F600}'.repeat(i % 3 + 1)));
console.log(Array.from({ length: 10 }, (_, i) => 'a\u0301'.repeat(i % 3 + 1)));
console.log(Array.from({ length: 12 }, (_, i) => ['\u3042', 'x', '\uff76', '\u0416'][i % 4].repeat(3)));
