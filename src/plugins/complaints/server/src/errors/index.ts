/**
 * Errors the plugin answers with: each carries an HTTP status, a stable code and a message in Dutch and
 * English. Controllers turn them into Strapi's error shape (see controllers/respond.ts); anything else
 * is an unexpected fault and answers 500 without details.
 */
import type { Message } from '../../../shared/messages';

export type FieldErrors = Record<string, Message>;

export class ComplaintsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: Message,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(messages.en);
    this.name = 'ComplaintsError';
  }
}

/** 400: the request itself is wrong; one message per field. */
export class InvalidInputError extends ComplaintsError {
  constructor(fieldErrors: FieldErrors, messages: Message = { nl: 'Niet alle velden zijn goed ingevuld.', en: 'Some fields are not filled in correctly.' }) {
    super(400, 'invalid_input', messages, fieldErrors);
  }
}

/**
 * 409: the request conflicts with what is stored: the procedure or the law does not allow this now, or a
 * public form's submission key already filed a complaint with other content.
 */
export class ProcedureConflictError extends ComplaintsError {
  constructor(code: string, messages: Message) {
    super(409, code, messages);
  }
}

export class NotFoundError extends ComplaintsError {
  constructor(messages: Message = { nl: 'Niet gevonden.', en: 'Not found.' }) {
    super(404, 'not_found', messages);
  }
}

export class ForbiddenError extends ComplaintsError {
  constructor(messages: Message = { nl: 'U heeft geen toegang tot deze klacht.', en: 'You have no access to this complaint.' }) {
    super(403, 'forbidden', messages);
  }
}

/**
 * 422: the request is valid, but the work it asks for (a PDF, a preview) ran into its time or memory limit
 * and was stopped; the same request will fail again, so the message says what to change.
 */
export class WorkLimitExceededError extends ComplaintsError {
  constructor(messages: Message) {
    super(422, 'work_limit_exceeded', messages);
  }
}

/** 503: every worker was busy for too long; the same request may well succeed shortly. */
export class WorkersBusyError extends ComplaintsError {
  constructor(readonly retryAfterSeconds: number) {
    super(503, 'workers_busy', {
      nl: 'Het is op dit moment te druk. Probeer het over een minuut opnieuw.',
      en: 'It is too busy at the moment. Please try again in a minute.',
    });
  }
}

export class TooManyRequestsError extends ComplaintsError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'too_many_requests', {
      nl: 'Te veel verzoeken. Probeer het over enkele minuten opnieuw.',
      en: 'Too many requests. Please try again in a few minutes.',
    });
  }
}

/**
 * 503: the database cannot be reached (PostgreSQL down or restarting) or stays locked by another process
 * (SQLite). Nothing was stored; the same request may simply be sent again later (Retry-After).
 */
export class DatabaseUnavailableError extends ComplaintsError {
  constructor(readonly retryAfterSeconds: number) {
    super(503, 'database_unavailable', {
      nl: 'Wij kunnen uw verzoek op dit moment niet verwerken. Er is niets opgeslagen. Probeer het over enkele minuten opnieuw.',
      en: 'We cannot process your request right now. Nothing has been stored. Please try again in a few minutes.',
    });
  }
}

/**
 * 503: the virus scanner cannot be reached and this site refuses documents it cannot scan (the plugin
 * option `attachments.whenScannerUnavailable: 'refuse'`). Nothing was stored.
 */
export class ScannerUnavailableHttpError extends ComplaintsError {
  constructor(readonly retryAfterSeconds: number) {
    super(503, 'scanner_unavailable', {
      nl: 'Wij kunnen bijlagen op dit moment niet controleren. Er is niets opgeslagen. Probeer het over enkele minuten opnieuw.',
      en: 'We cannot check attachments right now. Nothing has been stored. Please try again in a few minutes.',
    });
  }
}
