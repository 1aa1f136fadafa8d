'use strict';
// Listener objects: handleEvent is looked up at dispatch time and called with the object
// as `this`.
const target = new EventTarget();
const obj = {
  handleEvent(e) {
    console.log('handleEvent', this === obj, e.type, e.eventPhase);
  },
};
target.addEventListener('a', obj);
target.dispatchEvent(new Event('a'));
const late = {};
target.addEventListener('b', late);
target.dispatchEvent(new Event('b'));
late.handleEvent = function() { console.log('late handleEvent', this === late); };
target.dispatchEvent(new Event('b'));
late.handleEvent = function() { console.log('replaced handleEvent'); };
target.dispatchEvent(new Event('b'));
class Handler {
  handleEvent(e) { console.log('class handler', this instanceof Handler, e.type); }
}
target.addEventListener('c', new Handler());
target.dispatchEvent(new Event('c'));
const fn = () => console.log('function listener');
fn.handleEvent = () => console.log('handleEvent of a function is ignored');
target.addEventListener('d', fn);
target.dispatchEvent(new Event('d'));
const getterObj = { get handleEvent() { console.log('getter read'); return () => console.log('got'); } };
target.addEventListener('e', getterObj);
console.log('registered');
target.dispatchEvent(new Event('e'));
