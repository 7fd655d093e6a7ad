/**
 * A counting SMTP server in its own process (so it neither shares a core with the app nor with the raw
 * nodemailer client it serves). It does not parse messages: it keeps the Message-ID header of each one
 * and counts. The parent asks for the counts over IPC.
 */
const path = require('path');
const { SMTPServer } = require('smtp-server');

/**
 * smtp-server waits a fixed 100 ms after every connect before its greeting ("early talker" detection,
 * hard-coded in SMTPConnection#init). With one connection per message, as the app's provider sends, that
 * pause alone caps 8 parallel senders at ~55 messages/s and hides whatever the app does. A relay an
 * organisation submits its mail to greets at once, so by default the benchmark's server does too; the
 * parent passes --greeting-pause to keep smtp-server's behaviour.
 */
function greetAtOnce() {
  const { SMTPConnection } = require(path.join(path.dirname(require.resolve('smtp-server')), 'smtp-connection.js'));
  if (typeof SMTPConnection?.prototype?._setListeners !== 'function' || typeof SMTPConnection.prototype.connectionReady !== 'function') {
    return false; // another smtp-server version: keep its behaviour and say so
  }
  SMTPConnection.prototype.init = function init() {
    this._setListeners(() => {
      if (this._server.options.maxClients && this._server.connections.size > this._server.options.maxClients) {
        return this.send(421, `${this.name} Too many connected clients, try again in a moment`, false);
      }
      this.connectionReady();
    });
  };
  return true;
}

const greetingPause = process.argv.includes('--greeting-pause') || !greetAtOnce();

const counts = new Map();
let total = 0;
const arrivals = [];

/** The Message-ID header from the message's header block (the first bytes of the stream). */
function messageIdOf(head) {
  const headers = head.split(/\r?\n\r?\n/)[0];
  const match = /^message-id:[ \t]*(.*(?:\r?\n[ \t].*)*)/im.exec(headers);
  return match ? match[1].replace(/\r?\n[ \t]+/g, ' ').trim() : '';
}

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  // No reverse DNS of 127.0.0.1 per connection: not what is measured.
  disableReverseLookup: true,
  size: 10 * 1024 * 1024,
  onData(stream, session, callback) {
    let head = '';
    stream.on('data', (chunk) => {
      if (head.length < 16384 && !/\r?\n\r?\n/.test(head)) head += chunk.toString('utf8');
    });
    stream.on('end', () => {
      const id = messageIdOf(head);
      counts.set(id, (counts.get(id) ?? 0) + 1);
      total += 1;
      arrivals.push(Date.now());
      callback();
    });
  },
});

// A client that vanishes mid-message (the soak kills an instance) is a connection error, not the server's:
// smtp-server emits it on the server, where without a listener it would end this process.
server.on('error', () => {});

process.on('message', (message) => {
  if (message.type === 'stats') {
    process.send({ type: 'stats', total, counts: [...counts.entries()], arrivals });
  } else if (message.type === 'reset') {
    counts.clear();
    total = 0;
    arrivals.length = 0;
    process.send({ type: 'reset' });
  } else if (message.type === 'down') {
    // An outage: stop listening and drop open connections; counts are kept.
    server.server.close(() => process.send({ type: 'down' }));
    for (const connection of server.connections) connection.close();
  } else if (message.type === 'up') {
    server.server.listen(port, '127.0.0.1', () => process.send({ type: 'up' }));
  } else if (message.type === 'close') {
    server.close(() => process.exit(0));
  }
});

let port = 0;
server.listen(0, '127.0.0.1', () => {
  port = server.server.address().port;
  process.send({ type: 'listening', port, greetingPause });
});
