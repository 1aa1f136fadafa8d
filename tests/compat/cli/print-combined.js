// compat: script=-pe "'pe ' + (6 * 7)"
