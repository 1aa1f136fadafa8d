// compat: stderr
const big = 10n;
const total = big + 1;
