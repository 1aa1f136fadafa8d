/*
 * contextify: the contexts of node:vm. A context is a second global object (a fresh set
 * of builtins: its own Object, Array, Error, ...) created in the calling thread's context
 * group, so that values pass freely between it and the main context. Its global object
 * belongs to a class whose property callbacks forward to the "sandbox" object the user
 * contextified: reading a global name finds the sandbox's property first (then the
 * context's own builtins), and assignments, deletions and enumeration go to the sandbox.
 *
 * Where the engine does not call the callbacks, the binding keeps the two in step:
 *  - top-level var and function declarations live in the global's variable slots, which
 *    the engine reads without asking the callbacks. Assignments to them do reach the
 *    setter callback, which stores into the sandbox and into the slot; before each run,
 *    slots are refreshed from the sandbox (syncSlots), so a value the outside changed
 *    between runs is what the script sees, and after each run the sandbox takes the
 *    slots' values the engine wrote directly, such as a redeclared function's
 *    (syncSandbox).
 *  - the engine reports a property the getter callback supplies as read-only and
 *    non-enumerable to Object.getOwnPropertyDescriptor on the global, whatever the
 *    sandbox's own descriptor says: a known difference from node.
 *  - Object.defineProperty on the global bypasses the callbacks; lib/vm.js copies such
 *    properties to the sandbox after each run.
 *
 * The sandbox is kept in a private property of the global (the collector sees it there);
 * lib/vm.js keeps the global in a WeakMap keyed by the sandbox. The context's own
 * reference is released at once: the global object lives as long as something refers to
 * it, like any other object.
 */
#include "../runtime.h"
#include "bindings.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* Exported by the engine; declared in the unshipped JSObjectRefPrivate.h and
 * JSContextRefPrivate.h. */
JS_EXPORT JSGlobalContextRef JSObjectGetGlobalContext(JSObjectRef object);
JS_EXPORT JSValueRef JSObjectGetPrivateProperty(JSContextRef ctx, JSObjectRef object,
                                                JSStringRef propertyName);
JS_EXPORT bool JSObjectSetPrivateProperty(JSContextRef ctx, JSObjectRef object,
                                          JSStringRef propertyName, JSValueRef value);
JS_EXPORT void JSGlobalContextSetEvalEnabled(JSGlobalContextRef ctx, bool enabled,
                                             JSStringRef message);

static JSClassRef global_class;
static JSStringRef sandbox_key;
static pthread_once_t class_once = PTHREAD_ONCE_INIT;

/* While set (on this thread), the callbacks step aside and the global behaves as a plain
 * global object: the binding uses it to read and write the global's own slots. */
static _Thread_local bool bypass;

static JSObjectRef sandbox_of(JSContextRef ctx, JSObjectRef global) {
  JSValueRef value = JSObjectGetPrivateProperty(ctx, global, sandbox_key);
  if (value == NULL || !JSValueIsObject(ctx, value))
    return NULL;
  return (JSObjectRef)value;
}

/* Whether the global itself (not the sandbox, not its prototypes) has the property: a
 * declared variable or function. A name found on the prototype chain counts as
 * inherited, which is what it is for every builtin of Object.prototype. */
static bool global_has_own(JSContextRef ctx, JSObjectRef global, JSStringRef name) {
  bool saved = bypass;
  bypass = true;
  bool own = JSObjectHasProperty(ctx, global, name);
  if (own) {
    JSValueRef proto = JSObjectGetPrototype(ctx, global);
    own = !JSValueIsObject(ctx, proto) || !JSObjectHasProperty(ctx, (JSObjectRef)proto, name);
  }
  bypass = saved;
  return own;
}

static JSValueRef global_get(JSContextRef ctx, JSObjectRef object, JSStringRef name,
                             JSValueRef *exc) {
  if (bypass)
    return NULL;
  JSObjectRef sandbox = sandbox_of(ctx, object);
  if (sandbox == NULL || !JSObjectHasProperty(ctx, sandbox, name))
    return NULL;
  JSValueRef value = JSObjectGetProperty(ctx, sandbox, name, exc);
  /* Inside the context, the sandbox is seen as the global itself (as in node, where
   * `this` and a sandbox property referring to the sandbox are the same object). */
  if (value != NULL && JSValueIsStrictEqual(ctx, value, sandbox))
    return JSContextGetGlobalObject(JSObjectGetGlobalContext(object));
  return value;
}

static bool global_has(JSContextRef ctx, JSObjectRef object, JSStringRef name) {
  if (bypass)
    return false;
  JSObjectRef sandbox = sandbox_of(ctx, object);
  return sandbox != NULL && JSObjectHasProperty(ctx, sandbox, name);
}

/* The sandbox takes the value. When the global has a slot of that name too (a declared
 * variable, which the engine reads without asking the callbacks) or the name is new, the
 * global is written as well, with the callbacks stepped aside: letting the engine do that store
 * itself would fail, because the engine sees the sandbox's value through global_get as read-only.
 */
static bool global_set(JSContextRef ctx, JSObjectRef object, JSStringRef name, JSValueRef value,
                       JSValueRef *exc) {
  if (bypass)
    return false;
  JSObjectRef sandbox = sandbox_of(ctx, object);
  if (sandbox == NULL)
    return false;
  bool existed = JSObjectHasProperty(ctx, sandbox, name);
  JSObjectSetProperty(ctx, sandbox, name, value, kJSPropertyAttributeNone, exc);
  if (*exc != NULL)
    return true;
  /* A new global name is created on the global too, as in node: it stays visible there if
   * the sandbox later loses it. */
  if (!existed || global_has_own(ctx, object, name)) {
    bypass = true;
    JSObjectSetProperty(ctx, object, name, value, kJSPropertyAttributeNone, exc);
    bypass = false;
  }
  return true;
}

static bool global_delete(JSContextRef ctx, JSObjectRef object, JSStringRef name, JSValueRef *exc) {
  if (bypass)
    return false;
  JSObjectRef sandbox = sandbox_of(ctx, object);
  if (sandbox == NULL)
    return false;
  JSObjectDeleteProperty(ctx, sandbox, name, exc);
  return *exc != NULL;
}

static void global_names(JSContextRef ctx, JSObjectRef object, JSPropertyNameAccumulatorRef names) {
  if (bypass)
    return;
  JSObjectRef sandbox = sandbox_of(ctx, object);
  if (sandbox == NULL)
    return;
  JSPropertyNameArrayRef array = JSObjectCopyPropertyNames(ctx, sandbox);
  size_t count = JSPropertyNameArrayGetCount(array);
  for (size_t i = 0; i < count; i++)
    JSPropertyNameAccumulatorAddName(names, JSPropertyNameArrayGetNameAtIndex(array, i));
  JSPropertyNameArrayRelease(array);
}

static void create_class(void) {
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "Object";
  def.getProperty = global_get;
  def.hasProperty = global_has;
  def.setProperty = global_set;
  def.deleteProperty = global_delete;
  def.getPropertyNames = global_names;
  global_class = JSClassCreate(&def);
  sandbox_key = JSStringCreateWithUTF8CString("nodus.vm.sandbox");
}

static JSObjectRef context_global(JSContextRef ctx, JSValueRef value, JSValueRef *exc) {
  if (!JSValueIsObject(ctx, value) || sandbox_of(ctx, (JSObjectRef)value) == NULL) {
    nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "not a vm context global");
    return NULL;
  }
  return (JSObjectRef)value;
}

/* makeContext(sandbox, allowStrings) -> the new context's global object. */
static ND_FUNCTION(make_context) {
  if (!JSValueIsObject(ctx, ND_ARG(0)))
    return nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "sandbox must be an object");
  pthread_once(&class_once, create_class);
  JSGlobalContextRef context = JSGlobalContextCreateInGroup(JSContextGetGroup(ctx), global_class);
  JSObjectRef global = JSContextGetGlobalObject(context);
  JSObjectSetPrivateProperty(context, global, sandbox_key, ND_ARG(0));
  if (argc > 1 && !JSValueToBoolean(ctx, argv[1])) {
    JSStringRef message =
        JSStringCreateWithUTF8CString("Code generation from strings disallowed for this context");
    JSGlobalContextSetEvalEnabled(context, false, message);
    JSStringRelease(message);
  }
  /* The global is on this stack until it is returned: it cannot be collected before the
   * caller holds it. */
  JSGlobalContextRelease(context);
  return global;
}

/* syncSlots(global): before a run, brings the global's own copies up to date with the
 * sandbox, without the callbacks: each sandbox property the global also has (a declared
 * variable, or a copy the setter left) gets the sandbox's value. (The engine does not
 * enumerate a class global's declared variables, so they are found by name.) A copy whose
 * property the sandbox lost stays, as the global's own property does in node. */
static ND_FUNCTION(sync_slots) {
  JSObjectRef global = context_global(ctx, ND_ARG(0), exc);
  if (global == NULL)
    return NULL;
  JSObjectRef sandbox = sandbox_of(ctx, global);
  JSPropertyNameArrayRef names = JSObjectCopyPropertyNames(ctx, sandbox);
  size_t count = JSPropertyNameArrayGetCount(names);
  for (size_t i = 0; i < count && *exc == NULL; i++) {
    JSStringRef name = JSPropertyNameArrayGetNameAtIndex(names, i);
    if (!global_has_own(ctx, global, name))
      continue;
    JSValueRef value = JSObjectGetProperty(ctx, sandbox, name, exc);
    if (*exc != NULL)
      break;
    bypass = true;
    JSObjectSetProperty(ctx, global, name, value, kJSPropertyAttributeNone, exc);
    bypass = false;
  }
  JSPropertyNameArrayRelease(names);
  if (*exc != NULL)
    return NULL;
  return JSValueMakeUndefined(ctx);
}

/* syncSandbox(global): after a run, gives the sandbox the value of each of its
 * properties that the global also declares and that the script changed without passing
 * through the sandbox (the engine writes a redeclared function's slot directly). */
static ND_FUNCTION(sync_sandbox) {
  JSObjectRef global = context_global(ctx, ND_ARG(0), exc);
  if (global == NULL)
    return NULL;
  JSObjectRef sandbox = sandbox_of(ctx, global);
  JSPropertyNameArrayRef names = JSObjectCopyPropertyNames(ctx, sandbox);
  size_t count = JSPropertyNameArrayGetCount(names);
  for (size_t i = 0; i < count && *exc == NULL; i++) {
    JSStringRef name = JSPropertyNameArrayGetNameAtIndex(names, i);
    if (!global_has_own(ctx, global, name))
      continue;
    bypass = true;
    JSValueRef slot = JSObjectGetProperty(ctx, global, name, exc);
    bypass = false;
    if (*exc != NULL)
      break;
    JSValueRef value = JSObjectGetProperty(ctx, sandbox, name, exc);
    if (*exc == NULL && !JSValueIsStrictEqual(ctx, slot, value))
      JSObjectSetProperty(ctx, sandbox, name, slot, kJSPropertyAttributeNone, exc);
  }
  JSPropertyNameArrayRelease(names);
  return *exc == NULL ? JSValueMakeUndefined(ctx) : NULL;
}

/* ownProperty(global, name): the value of the global's own property, without the
 * sandbox. */
static ND_FUNCTION(own_property) {
  JSObjectRef global = context_global(ctx, ND_ARG(0), exc);
  if (global == NULL)
    return NULL;
  JSStringRef name = JSValueToStringCopy(ctx, ND_ARG(1), exc);
  if (name == NULL)
    return NULL;
  bypass = true;
  JSValueRef value = JSObjectGetProperty(ctx, global, name, exc);
  bypass = false;
  JSStringRelease(name);
  return value;
}

/* evaluate(global, source, filename, line) runs source as a classic script in the context
 * of global (the main context's when global is null) and returns its completion value;
 * line is the 1-based line number of the source's first line. */
static ND_FUNCTION(evaluate) {
  JSContextRef target = ctx;
  if (!JSValueIsNull(ctx, ND_ARG(0))) {
    JSObjectRef global = context_global(ctx, ND_ARG(0), exc);
    if (global == NULL)
      return NULL;
    target = JSObjectGetGlobalContext(global);
  }
  JSStringRef source = JSValueToStringCopy(ctx, ND_ARG(1), exc);
  if (source == NULL)
    return NULL;
  JSStringRef url = JSValueToStringCopy(ctx, ND_ARG(2), exc);
  if (url == NULL) {
    JSStringRelease(source);
    return NULL;
  }
  int line = (int)JSValueToNumber(ctx, ND_ARG(3), NULL);
  JSValueRef result = JSEvaluateScript(target, source, NULL, url, line, exc);
  JSStringRelease(source);
  JSStringRelease(url);
  return result;
}

/* checkSyntax(source, filename, line) throws the SyntaxError the script would raise. */
static ND_FUNCTION(check_syntax) {
  JSStringRef source = JSValueToStringCopy(ctx, ND_ARG(0), exc);
  if (source == NULL)
    return NULL;
  JSStringRef url = JSValueToStringCopy(ctx, ND_ARG(1), exc);
  if (url == NULL) {
    JSStringRelease(source);
    return NULL;
  }
  int line = (int)JSValueToNumber(ctx, ND_ARG(2), NULL);
  bool ok = JSCheckScriptSyntax(ctx, source, url, line, exc);
  JSStringRelease(source);
  JSStringRelease(url);
  return ok ? JSValueMakeUndefined(ctx) : NULL;
}

void nd__binding_contextify_init(JSContextRef ctx, JSObjectRef exports) {
  pthread_once(&class_once, create_class);
  static const nd_method_t methods[] = {
      {"makeContext", make_context},
      {"syncSlots", sync_slots},
      {"syncSandbox", sync_sandbox},
      {"ownProperty", own_property},
      {"evaluate", evaluate},
      {"checkSyntax", check_syntax},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
}
