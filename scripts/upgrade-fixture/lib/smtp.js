/**
 * A real SMTP server in this process (smtp-server, as tests/helpers/smtp.ts): the app's outbox delivers
 * to it over SMTP. Recipients at REJECTED_DOMAIN are refused with a permanent 550, so a letter to such a
 * complainant ends `failed` after its last attempt, as a bounce would in production.
 */
const { freePort } = require('../../bench/lib/app');
const { SMTPServer } = require('smtp-server');

const REJECTED_DOMAIN = 'onbestelbaar.test';


async function startSmtp() {
  const port = await freePort();
  const received = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      if (address.address.toLowerCase().endsWith(`@${REJECTED_DOMAIN}`)) {
        const error = new Error('5.1.1 Mailbox does not exist');
        error.responseCode = 550;
        return callback(error);
      }
      return callback();
    },
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const messageId = /^message-id:\s*(.+)$/im.exec(raw)?.[1]?.trim() ?? '';
        received.push({ messageId, to: session.envelope.rcptTo.map((r) => r.address).join(',') });
        callback();
      });
    },
  });
  server.on('error', () => {});
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    port,
    received,
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_IGNORE_TLS: 'true', SMTP_SECURE: 'false', MAIL_FROM: 'klachten@gemeente-voorbeeld.test' },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

module.exports = { startSmtp, freePort, REJECTED_DOMAIN };
