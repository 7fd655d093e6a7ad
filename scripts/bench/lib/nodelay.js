/**
 * Diagnostic preload (--tcp-nodelay): every outgoing TCP socket of this process gets TCP_NODELAY.
 * nodemailer does not set it, so the final "." of each message waits for the server's delayed ACK
 * (~40 ms per message here); with it set, the SMTP transport stops being the ceiling and what is left
 * is the outbox's own cost. Loaded with `node -r` into the app child and required by the benchmark
 * itself (raw nodemailer), so both sides are treated alike. Not for production use.
 */
const net = require('net');

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connectWithNoDelay(...args) {
  this.setNoDelay(true);
  return connect.apply(this, args);
};
