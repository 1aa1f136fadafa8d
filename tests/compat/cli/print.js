// compat: script=-p "[1, 'two', { three: 3 }].length + 39"
