// compat: stderr
const items = [{ tags: ['a'] }, {}];
items.map((item) => item.tags.length);
