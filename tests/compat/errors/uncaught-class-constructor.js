// compat: stderr
class Service {
  constructor(options) {
    this.port = options.port;
  }
}
new Service();
