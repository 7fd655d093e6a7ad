/** Starts lib/smtp-child.js and talks to it: its port, the counts per Message-ID, close. */
const { fork } = require('child_process');
const path = require('path');

/** `greetingPause`: keep smtp-server's 100 ms pause before each greeting (see smtp-child.js). */
function startSmtp({ greetingPause = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'smtp-child.js'), greetingPause ? ['--greeting-pause'] : [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const ask = (type) =>
      new Promise((res) => {
        const onMessage = (message) => {
          if (message.type !== type) return;
          child.off('message', onMessage);
          res(message);
        };
        child.on('message', onMessage);
        child.send({ type });
      });
    child.once('error', reject);
    child.once('message', (message) => {
      if (message.type !== 'listening') return reject(new Error(`SMTP child: unexpected ${message.type}`));
      resolve({
        port: message.port,
        pid: child.pid,
        greetingPause: message.greetingPause,
        /** { total, counts: Map<messageId, n>, arrivals: ms timestamps } */
        async stats() {
          const s = await ask('stats');
          return { total: s.total, counts: new Map(s.counts), arrivals: s.arrivals };
        },
        reset: () => ask('reset'),
        /** An outage on the same port: refuse connections until up(). */
        down: () => ask('down'),
        up: () => ask('up'),
        close: () =>
          new Promise((res) => {
            if (child.exitCode !== null) return res();
            child.once('exit', () => res());
            child.send({ type: 'close' });
            setTimeout(() => child.kill('SIGKILL'), 5000).unref();
          }),
      });
    });
  });
}

module.exports = { startSmtp };
