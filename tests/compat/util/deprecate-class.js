// compat: stderr
// util.deprecate on a class: construction works and warns; instanceof holds both ways.
const util = require('util');

class Point {
  constructor(x) { this.x = x; }
  static origin() { return 'origin'; }
}
const OldPoint = util.deprecate(Point, 'OldPoint is deprecated', 'DEP0991');
const p = new OldPoint(3);
console.log(p.x, p instanceof Point, p instanceof OldPoint, p.constructor === Point);
console.log(OldPoint.prototype === Point.prototype, Object.getPrototypeOf(OldPoint) === Point);
console.log(OldPoint.origin());
class Sub extends OldPoint {}
const s = new Sub(5);
console.log(s.x, s instanceof Sub, s instanceof Point, s.constructor.name);
const arrow = util.deprecate(() => 1, 'arrow');
console.log(typeof arrow.prototype, Object.getPrototypeOf(arrow) === Object.getPrototypeOf(() => 1));
