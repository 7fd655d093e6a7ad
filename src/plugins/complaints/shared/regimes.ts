/**
 * The legal regimes one plugin serves: the same procedure, with the terms, the next body a dissatisfied
 * complainant can turn to, and the wording of the letters per regime. Choosing a regime fills these
 * settings from its preset; editors then change any value (the organisation's own regulation or the
 * body's rules decide). The server applies a preset (services/settings.ts), the admin shows what it fills,
 * the letters word the next step by the regime (letters/defaults).
 */
import type { Message } from './messages';

export const REGIMES = ['housing', 'awb', 'wkkgz', 'own'] as const;
export type Regime = (typeof REGIMES)[number];

export const REGIME_LABELS: Record<Regime, Message> = {
  housing: { nl: 'Woningcorporatie (eigen klachtenregeling, regionale geschillencommissie)', en: 'Housing association (own regulation, regional disputes committee)' },
  awb: { nl: 'Bestuursorgaan (Awb hoofdstuk 9, ombudsman)', en: 'Government body (General Administrative Law Act ch. 9, ombudsman)' },
  wkkgz: { nl: 'Zorgaanbieder (Wkkgz, geschilleninstantie)', en: 'Care provider (Wkkgz, disputes body)' },
  own: { nl: 'Eigen regeling (alle waarden zelf invullen)', en: 'Own regulation (every value your own)' },
};

/** The settings a regime's preset fills. */
export interface RegimePreset {
  handlingWeeks: number;
  advisoryCommitteeHandlingWeeks: number;
  maxExtensionWeeks: number;
  notAdmissibleNoticeWeeks: number;
  /** The next body: a disputes committee, the ombudsman or a disputes body for care. */
  committeeName: string;
  committeeAddress: string;
  committeeWebsite: string;
  committeeEmail: string;
  /** Weeks after the letter within which the complainant can go there; null: the body's own rules say (set it). */
  committeeTermWeeks: number | null;
  /** Weeks after the outcome within which the complainant can still tell the organisation they are dissatisfied. */
  dissatisfactionWindowWeeks: number;
  /** Where else a complainant can go, as a sentence in the letters. */
  furtherRecourse: string;
}

/**
 * Starting points with their source; the organisation checks them against its own regulation and the
 * body's rules. Awb 9:11 (6 weeks, 10 with an advisory committee, extension at most 4 weeks) and Awb 9:8
 * (notice within 4 weeks) hold for government bodies; the Wkkgz (art. 17) has the same 6 + 4 weeks; a
 * request to the Nationale ombudsman can be made within a year of the complaint's handling (Awb 9:24).
 */
export const REGIME_PRESETS: Record<Regime, RegimePreset> = {
  housing: {
    handlingWeeks: 6,
    advisoryCommitteeHandlingWeeks: 10,
    maxExtensionWeeks: 4,
    notAdmissibleNoticeWeeks: 4,
    committeeName: 'Onafhankelijke Regionale Geschillencommissie',
    committeeAddress: 'Postbus 200\n1000 AB Amsterdam',
    committeeWebsite: 'https://www.geschillencommissie-regio.nl',
    committeeEmail: 'secretariaat@geschillencommissie-regio.nl',
    // the committee's own regulation sets the term: no number without a source
    committeeTermWeeks: null,
    dissatisfactionWindowWeeks: 12,
    furtherRecourse: 'Gaat uw klacht over de huurprijs, de servicekosten of onderhoudsgebreken? Dan kunt u ook terecht bij de Huurcommissie (www.huurcommissie.nl).',
  },
  awb: {
    handlingWeeks: 6,
    advisoryCommitteeHandlingWeeks: 10,
    maxExtensionWeeks: 4,
    notAdmissibleNoticeWeeks: 4,
    committeeName: 'Nationale ombudsman',
    committeeAddress: 'Postbus 93122\n2509 AC Den Haag',
    committeeWebsite: 'https://www.nationaleombudsman.nl',
    committeeEmail: '',
    committeeTermWeeks: 52,
    dissatisfactionWindowWeeks: 52,
    furtherRecourse: '',
  },
  wkkgz: {
    handlingWeeks: 6,
    advisoryCommitteeHandlingWeeks: 10,
    maxExtensionWeeks: 4,
    notAdmissibleNoticeWeeks: 4,
    committeeName: 'Geschillencommissie Zorg',
    committeeAddress: 'Postbus 90600\n2509 LP Den Haag',
    committeeWebsite: 'https://www.degeschillencommissiezorg.nl',
    committeeEmail: '',
    committeeTermWeeks: 52,
    dissatisfactionWindowWeeks: 52,
    furtherRecourse: 'U kunt ook terecht bij het Landelijk Meldpunt Zorg (www.landelijkmeldpuntzorg.nl).',
  },
  own: {
    handlingWeeks: 6,
    advisoryCommitteeHandlingWeeks: 10,
    maxExtensionWeeks: 4,
    notAdmissibleNoticeWeeks: 4,
    committeeName: '',
    committeeAddress: '',
    committeeWebsite: '',
    committeeEmail: '',
    committeeTermWeeks: null,
    dissatisfactionWindowWeeks: 12,
    furtherRecourse: '',
  },
};

export function isRegime(value: unknown): value is Regime {
  return typeof value === 'string' && (REGIMES as readonly string[]).includes(value);
}
