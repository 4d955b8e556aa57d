// Loaded into every test process and every bundle the tests spawn (NODE_OPTIONS=--import).
// Only loopback and unix sockets may be reached, so no test can touch real AWS or GitHub.
import net from 'node:net';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/;

function target(args) {
  const [first, second] = args;
  if (Array.isArray(first)) return target(first);
  if (first && typeof first === 'object') {
    if (first.path) return { path: first.path };
    return { host: first.host ?? 'localhost', port: first.port };
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return { path: first };
  return { host: typeof second === 'string' ? second : 'localhost', port: first };
}

const original = net.Socket.prototype.connect;
net.Socket.prototype.connect = function blockedConnect(...args) {
  const destination = target(args);
  if (destination.path === undefined && !LOOPBACK.test(String(destination.host))) {
    throw new Error(`network blocked in tests: refused connection to ${destination.host}:${destination.port}`);
  }
  return original.apply(this, args);
};
