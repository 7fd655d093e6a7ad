import type { Message } from '../../../shared/messages';

/** Why the rules refuse an action: a stable code for programs and a sentence in both languages. */
export interface Refusal {
  code: string;
  message: Message;
}

export const refuse = (code: string, nl: string, en: string): Refusal => ({ code, message: { nl, en } });
