// compat: stderr
class ValidationError extends Error {
  constructor(field) {
    super(`invalid ${field}`);
    this.name = 'ValidationError';
  }
}
function check() {
  throw new ValidationError('email');
}
check();
