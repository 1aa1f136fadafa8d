'use strict';
// The legacy code of every name, and the code constants.
for (const n of ['IndexSizeError', 'DOMStringSizeError', 'HierarchyRequestError',
  'WrongDocumentError', 'InvalidCharacterError', 'NoDataAllowedError',
  'NoModificationAllowedError', 'NotFoundError', 'NotSupportedError', 'InUseAttributeError',
  'InvalidStateError', 'SyntaxError', 'InvalidModificationError', 'NamespaceError',
  'InvalidAccessError', 'ValidationError', 'TypeMismatchError', 'SecurityError',
  'NetworkError', 'AbortError', 'URLMismatchError', 'QuotaExceededError', 'TimeoutError',
  'InvalidNodeTypeError', 'DataCloneError', 'EncodingError', 'NotReadableError',
  'UnknownError', 'ConstraintError', 'DataError', 'TransactionInactiveError', 'ReadOnlyError',
  'VersionError', 'OperationError', 'NotAllowedError', 'Foo', 'toString', '__proto__',
  'constructor', 'abortError', 'Error']) {
  console.log(n, new DOMException('', n).code);
}
for (const key of Object.getOwnPropertyNames(DOMException)) {
  if (!/^[A-Z_]+$/.test(key)) continue;
  const d = Object.getOwnPropertyDescriptor(DOMException, key);
  const p = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
  console.log(key, d.value, d.writable, d.enumerable, d.configurable, p.value === d.value,
    p.enumerable, new DOMException()[key]);
}
