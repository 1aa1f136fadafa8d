// compat: stderr
class Point {}
const p = Point(1, 2);
