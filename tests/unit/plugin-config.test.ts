/**
 * The plugin's options as a site sets them: the defaults pass, and a wrong value stops the start with a
 * message that names the option (Strapi merges the site's values over the defaults, then validates).
 */
import config, { configProblems, defaultConfig } from '../../src/plugins/complaints/server/src/config';

const withDefaults = (overrides: Record<string, unknown>) => ({ ...defaultConfig(), ...overrides });

describe('plugin configuration', () => {
  it('accepts the defaults and a typical site block', () => {
    expect(configProblems(defaultConfig())).toEqual([]);
    expect(configProblems(withDefaults({ embedOrigins: ['https://www.gemeente.nl', 'http://localhost:8080'], publicUrl: 'https://cms.gemeente.nl' }))).toEqual([]);
  });

  it('names each wrong option', () => {
    const problems = configProblems(
      withDefaults({
        embedOrigins: ['https://www.gemeente.nl/pagina', 'gemeente.nl'],
        publicUrl: 'javascript:alert(1)',
        bodyLimitKb: 0,
        outbox: { ...defaultConfig().outbox, concurrency: 'acht' },
        sweepMinuten: 15,
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^complaints\.config\.embedOrigins\.0: .*not an origin/),
      expect.stringMatching(/^complaints\.config\.embedOrigins\.1: .*not an origin/),
      expect.stringMatching(/^complaints\.config\.publicUrl: /),
      expect.stringMatching(/^complaints\.config\.bodyLimitKb: /),
      expect.stringMatching(/^complaints\.config\.outbox\.concurrency: /),
      'complaints.config: unknown option(s) sweepMinuten',
    ]);
  });

  it('takes a mailbox with a password or an OAuth2 token, never both or neither, each with a name of its own', () => {
    const box = { name: 'klachten', host: 'imap.gemeente.nl', port: 993, secure: true, user: 'klachten@gemeente.nl', folder: 'INBOX', afterProcessing: 'move', processedFolder: 'Verwerkt' };
    const mailIntake = (mailboxes: unknown[]) => withDefaults({ mailIntake: { pollSeconds: 60, batchSize: 50, mailboxes } });
    expect(configProblems(mailIntake([{ ...box, password: 'geheim' }, { ...box, name: 'wonen', accessToken: 'eyJ0eXAi', department: 'Wonen' }]))).toEqual([]);
    expect(configProblems(mailIntake([box]))).toEqual([expect.stringMatching(/^complaints\.config\.mailIntake\.mailboxes\.0\.password: .*password or an accessToken/)]);
    expect(configProblems(mailIntake([{ ...box, password: 'geheim', accessToken: 'eyJ0eXAi' }]))).toEqual([expect.stringMatching(/mailboxes\.0\.password: /)]);
    expect(configProblems(mailIntake([{ ...box, password: 'a' }, { ...box, password: 'b' }]))).toEqual([expect.stringMatching(/^complaints\.config\.mailIntake\.mailboxes: .*name of its own/)]);
    expect(configProblems(mailIntake([{ ...box, password: 'a', afterProcessing: 'delete' }]))).toEqual([expect.stringMatching(/mailboxes\.0\.afterProcessing: /)]);
  });

  it('throws at start-up with every problem in one message', () => {
    expect(() => config.validator(withDefaults({ jobsEnabled: 'ja', rateLimits: { submissions: { points: 10, durationSeconds: 3600 } } }))).toThrow(
      /configuration is not valid:\n- complaints\.config\.jobsEnabled: .*\n- complaints\.config\.rateLimits\.status: /,
    );
    expect(() => config.validator(defaultConfig())).not.toThrow();
  });
});
