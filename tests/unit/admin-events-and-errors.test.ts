/**
 * The timeline labels every event the server writes, and the server's error answers become field errors
 * and a reason the forms can show.
 */
import fs from 'fs';
import path from 'path';
import { parseApiError, rowErrors, unplacedErrors } from '../../src/plugins/complaints/admin/src/lib/errors';
import { actorLabel, eventLabelKey, EVENT_TYPES } from '../../src/plugins/complaints/admin/src/lib/events';

const SERVER = path.join(__dirname, '../../src/plugins/complaints/server/src');

function serverFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? serverFiles(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : []));
}

describe('admin: timeline labels', () => {
  it('has a label for every event type the server audits', () => {
    const source = serverFiles(SERVER)
      .map((file) => fs.readFileSync(file, 'utf8'))
      .join('\n');
    const written = new Set([...source.matchAll(/(?:event|type): '((?:complaint|letter)\.[a-z_]+)'/g)].map((match) => match[1]));
    expect(written.size).toBeGreaterThan(20);
    for (const type of written) expect(EVENT_TYPES).toContain(type);
  });

  it('falls back to the raw type for an unknown event', () => {
    expect(eventLabelKey('complaint.acknowledged')).toBe('event.complaint_acknowledged');
    expect(eventLabelKey('letter.to_print')).toBe('event.letter_to_print');
    expect(eventLabelKey('complaint.something_new')).toBe('event.unknown');
  });

  it('names the actor: staff by name, the complainant and the system by role', () => {
    expect(actorLabel({ actorType: 'admin', actorName: 'Sanne Jansen' })).toEqual({ name: 'Sanne Jansen' });
    expect(actorLabel({ actorType: 'public' })).toEqual({ key: 'actor.public' });
    // a complaint from the public arrives through the web form; what the complainant does later, through the status page
    expect(actorLabel({ actorType: 'public', type: 'complaint.received' })).toEqual({ key: 'actor.publicForm' });
    expect(actorLabel({ actorType: 'public', type: 'complaint.dissatisfaction_declared' })).toEqual({ key: 'actor.public' });
    expect(actorLabel({ actorType: 'system', actorName: null })).toEqual({ key: 'actor.system' });
  });
});

describe('admin: server errors in forms', () => {
  const answer = (error: unknown, status = 400) => ({ status, response: { data: { data: null, error } } });

  it('takes the field errors in the user’s language', () => {
    const problem = parseApiError(
      answer({
        status: 400,
        message: 'Niet alle velden zijn goed ingevuld.',
        details: {
          code: 'invalid_input',
          messages: { nl: 'Niet alle velden zijn goed ingevuld.', en: 'Some fields are not filled in correctly.' },
          fieldErrors: { complainantEmail: 'Vul een geldig e-mailadres in.' },
          fieldMessages: { complainantEmail: { nl: 'Vul een geldig e-mailadres in.', en: 'Enter a valid e-mail address.' } },
        },
      }),
      'en',
    );
    expect(problem).toEqual({
      status: 400,
      code: 'invalid_input',
      message: 'Some fields are not filled in correctly.',
      fieldErrors: { complainantEmail: 'Enter a valid e-mail address.' },
    });
  });

  it('keeps the code and reason of a refusal (409)', () => {
    const problem = parseApiError(
      answer(
        {
          status: 409,
          message: 'x',
          details: { code: 'agreements_open', messages: { nl: 'Niet alle afspraken zijn afgehandeld.', en: 'Not every agreement is settled.' } },
        },
        409,
      ),
      'nl',
    );
    expect(problem).toMatchObject({ status: 409, code: 'agreements_open', message: 'Niet alle afspraken zijn afgehandeld.', fieldErrors: {} });
  });

  it('copes with a network error or a bare status', () => {
    expect(parseApiError(new Error('Failed to fetch'), 'nl')).toEqual({ status: null, code: null, message: null, fieldErrors: {} });
    expect(parseApiError({ status: 403 }, 'nl').status).toBe(403);
  });

  it('splits errors over agreement rows, and finds the ones no field shows', () => {
    const errors = { 'agreements.1.dueDate': 'De afspraakdatum ligt in het verleden.', findings: 'Verplicht', _: 'Stuur een object.' };
    expect(rowErrors(errors, 'agreements', 1)).toEqual({ dueDate: 'De afspraakdatum ligt in het verleden.' });
    expect(rowErrors(errors, 'agreements', 0)).toEqual({});
    expect(unplacedErrors(errors, ['findings', 'agreements'])).toEqual(['Stuur een object.']);
  });
});
