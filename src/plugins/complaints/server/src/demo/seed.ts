/**
 * Demo data for development: departments with managers, categories, staff in the procedure's roles, and
 * complaints in every status, driven through the real services (with the clock moved back) so their
 * terms, references and audit trails are genuine. Runs once, on a database without departments.
 */
import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { SCOPE_CATEGORIES } from '../default-categories';
import { ZONE } from '../domain/calendar';
import { SYSTEM, type Actor, adminActor } from '../services/actor';
import { getService } from '../services/registry';
import { UID } from '../uids';
import type { IntakeRequest } from '../steps/intake/service';

export const DEMO_PASSWORD = 'Klachten2026!';

const CATEGORIES = [...SCOPE_CATEGORIES, { key: 'overig', nameNl: 'Overig', nameEn: 'Other', suggestsBehaviour: false, sortOrder: 5 }];

const STAFF = [
  { key: 'wonen', firstname: 'Marieke', lastname: 'de Vries', email: 'marieke.devries@klachten.local', role: 'complaints-manager' },
  { key: 'klantenservice', firstname: 'Ahmed', lastname: 'El Amrani', email: 'ahmed.elamrani@klachten.local', role: 'complaints-manager' },
  { key: 'onderhoud', firstname: 'Joost', lastname: 'Bakker', email: 'joost.bakker@klachten.local', role: 'complaints-manager' },
  { key: 'handler', firstname: 'Sanne', lastname: 'Jansen', email: 'sanne.jansen@klachten.local', role: 'complaints-handler' },
  { key: 'coordinator', firstname: 'Fatima', lastname: 'Yilmaz', email: 'fatima.yilmaz@klachten.local', role: 'complaints-coordinator' },
  { key: 'editor', firstname: 'Pieter', lastname: 'Visser', email: 'pieter.visser@klachten.local', role: 'complaints-editor' },
];

async function ensureStaff(strapi: Core.Strapi) {
  const users: Record<string, { id: number; firstname: string; lastname: string }> = {};
  for (const person of STAFF) {
    let user = await strapi.db.query('admin::user').findOne({ where: { email: person.email } });
    if (!user) {
      const role = await strapi.db.query('admin::role').findOne({ where: { code: person.role } });
      user = await strapi.service('admin::user').create({
        email: person.email,
        firstname: person.firstname,
        lastname: person.lastname,
        password: DEMO_PASSWORD,
        isActive: true,
        registrationToken: null,
        preferedLanguage: 'nl',
        roles: role ? [role.id] : [],
      });
    }
    users[person.key] = user;
  }
  return users;
}

export async function seedDemoData(strapi: Core.Strapi): Promise<void> {
  if ((await strapi.db.query(UID.department).count()) > 0) return;
  strapi.log.info('[complaints] seeding demo data (departments, categories, staff, complaints in every status)…');

  const staff = await ensureStaff(strapi);
  // the scope's categories may exist already (created at start-up on a database without any)
  const existingKeys = new Set((await strapi.db.query(UID.category).findMany({ select: ['key'] })).map((c: any) => c.key));
  for (const category of CATEGORIES) if (!existingKeys.has(category.key)) await strapi.db.query(UID.category).create({ data: { ...category, active: true } });
  const wonen = await strapi.db.query(UID.department).create({
    data: { name: 'Wonen', nameEn: 'Housing', email: 'wonen@klachten.local', managerId: staff.wonen.id, staffUserIds: [staff.handler.id], active: true, receivesUnassigned: true },
  });
  const klantenservice = await strapi.db.query(UID.department).create({
    data: { name: 'Klantenservice', nameEn: 'Customer service', email: 'klantenservice@klachten.local', managerId: staff.klantenservice.id, staffUserIds: [staff.handler.id], active: true },
  });
  await strapi.db.query(UID.department).create({
    data: { name: 'Onderhoud', nameEn: 'Maintenance', email: 'onderhoud@klachten.local', managerId: staff.onderhoud.id, staffUserIds: [], active: true },
  });
  getService(strapi, 'catalog').invalidate();
  const categories = await getService(strapi, 'catalog').categories();
  const category = (key: string) => categories.find((c) => c.key === key)!.id;

  const clock = getService(strapi, 'clock');
  const realNow = clock.now();
  const at = (workingDaysAgo: number, hour = 10) => DateTime.fromJSDate(realNow, { zone: ZONE }).minus({ days: workingDaysAgo }).set({ hour, minute: 0 }).toJSDate();
  const handler = adminActor(staff.handler);
  const manager = adminActor(staff.wonen);

  const base = (overrides: Partial<IntakeRequest>): IntakeRequest => ({
    channel: 'online',
    complainantName: 'Jan de Boer',
    complainantEmail: 'jan.deboer@example.nl',
    complainantPhone: '+31612345678',
    complainantAddress: 'Dorpsstraat 1',
    complainantPostalCode: '1234 AB',
    complainantCity: 'Amsterdam',
    complainantClientNumber: null,
    categoryId: category('dienstverlening'),
    departmentId: wonen.id,
    aboutEmployeeBehaviour: false,
    accusedName: null,
    accusedFunction: null,
    description: 'De reparatie van de lekkende kraan is drie keer afgezegd zonder bericht.',
    desiredOutcome: 'Dat de kraan deze week wordt gemaakt.',
    preferredLanguage: 'nl',
    ...overrides,
  });

  /** Runs `steps` with the clock at the given moments, then puts the real clock back. */
  async function story(receivedDaysAgo: number, request: IntakeRequest, steps: Array<(id: number) => Promise<unknown>> = []) {
    try {
      let moment = at(receivedDaysAgo);
      clock.set(() => moment);
      const { complaint } = await getService(strapi, 'intake').file({ ...request, receivedAt: moment }, request.channel === 'online' ? SYSTEM : handler);
      for (const [index, step] of steps.entries()) {
        moment = DateTime.fromJSDate(moment).plus({ days: Math.max(1, Math.floor(receivedDaysAgo / (steps.length + 1))) }).toJSDate();
        if (moment > realNow) moment = realNow;
        clock.set(() => moment);
        await step(complaint.id).catch((error) => strapi.log.warn(`[complaints] demo step ${index + 1} of ${complaint.reference}: ${error.message}`));
      }
    } finally {
      clock.set();
    }
  }

  const ack = getService(strapi, 'acknowledgement');
  const hearing = getService(strapi, 'hearing');
  const outcome = getService(strapi, 'outcome');
  const agreements = getService(strapi, 'agreements');
  const dispute = getService(strapi, 'dispute');
  const handling = getService(strapi, 'handling');
  const as: Actor = handler;
  const inDays = (days: number) => DateTime.fromJSDate(realNow, { zone: ZONE }).plus({ days }).toISODate() as string;
  const plan = (id: number) =>
    hearing.planHearing(id, { plannedAt: DateTime.fromJSDate(clock.now()).plus({ days: 2 }).set({ hour: 14, minute: 0 }).toJSDate(), mode: 'office', location: 'Kantoor Wonen, spreekkamer 2', attendees: 'Klager, behandelaar', side: 'complainant', respondBy: null }, as, null);
  const hold = (id: number) => hearing.recordHearing(id, { side: null, heldAt: null, minutes: 'Klager lichtte de klacht toe; wij erkenden de gang van zaken.', proposedSolution: 'Reparatie binnen een week en een tegoed.', complainantPresent: true, accusedPresent: false }, as, null);
  const send = (id: number) =>
    outcome.sendOutcome(id, { judgement: 'founded', findings: 'De afspraken zijn drie keer niet nagekomen.', conclusions: 'Wij bieden excuses aan.', agreements: [{ description: 'Kraan repareren', ownerUserId: staff.handler.id, ownerDepartmentId: null, dueDate: inDays(7) }, { description: 'Tegoed van €25 op de huurrekening', ownerUserId: null, ownerDepartmentId: wonen.id, dueDate: inDays(14) }], noAgreements: false }, as, null);

  await story(0, base({ complainantName: 'Sophie Willems', description: 'Ik heb al twee weken geen reactie op mijn aanvraag voor een parkeerplaats.' }));
  await story(6, base({ complainantName: 'Kees Mulder', channel: 'post', complainantEmail: null, description: 'Mijn brief over de servicekosten is nooit beantwoord.' }));
  await story(8, base({ complainantName: 'Lotte Smit', departmentId: klantenservice.id, categoryId: category('servicedesk') }), [(id) => ack.acknowledge(id, { answer: null, inviteForHearing: true }, as, null)]);
  await story(9, base({ complainantName: 'Mohammed Bouali', categoryId: category('contact-medewerker'), aboutEmployeeBehaviour: true, accusedName: 'R. Pieters', accusedFunction: 'Opzichter', description: 'De opzichter was bij het huisbezoek onbeschoft en weigerde uitleg te geven.' }), [
    (id) => ack.acknowledge(id, { answer: null, inviteForHearing: true }, manager, null),
    (id) => hearing.planHearing(id, { plannedAt: DateTime.fromJSDate(realNow).plus({ days: 3 }).set({ hour: 10, minute: 0 }).toJSDate(), mode: 'office', location: 'Kantoor Wonen', attendees: 'Klager, afdelingsmanager, R. Pieters', side: 'both', respondBy: null }, manager, null),
  ]);
  await story(12, base({ complainantName: 'Emma de Graaf' }), [(id) => ack.acknowledge(id, { answer: null, inviteForHearing: true }, as, null), plan, hold]);
  await story(15, base({ complainantName: 'Daan Vermeulen' }), [(id) => ack.acknowledge(id, { answer: null, inviteForHearing: true }, as, null), plan, hold, send]);
  await story(30, base({ complainantName: 'Noor Hendriks', channel: 'telefoon' }), [(id) => ack.acknowledge(id, { answer: null, inviteForHearing: true }, as, null), plan, hold, send, (id) => agreements.startMonitoring(id, as, null)]);
  await story(40, base({ complainantName: 'Bram Dekker' }), [
    (id) => ack.acknowledge(id, { answer: null, inviteForHearing: true }, as, null),
    (id) => hearing.skipHearing(id, { side: 'complainant', reason: 'complainant_waived', note: 'Klager wilde geen gesprek.' }, as, null),
    (id) => outcome.sendOutcome(id, { judgement: 'partly_founded', findings: 'Deels terecht.', conclusions: null, agreements: [], noAgreements: true }, as, null),
    (id) => agreements.close(id, 'Afgerond zonder afspraken.', as, null),
  ]);
  await story(20, base({ complainantName: 'Iris Peters', description: 'Klacht over de huurverhoging van 2024, waartegen ik ook bezwaar heb gemaakt.' }), [
    (id) => ack.declareNotAdmissible(id, { reason: 'objection_appeal_route', explanation: 'Over de huurverhoging loopt een bezwaarprocedure.', referral: 'Uw bezwaar wordt behandeld door de Huurcommissie.' }, as, null),
  ]);
  await story(10, base({ complainantName: 'Tom Kramer' }), [
    (id) => ack.acknowledge(id, { answer: 'De monteur komt morgen tussen 8 en 12 uur.', inviteForHearing: false }, as, null),
    (id) => ack.resolveAtAcknowledgement(id, { agreedHow: 'phone', hearingWaived: false, note: 'Klager akkoord per telefoon.' }, as, null),
  ]);
  await story(5, base({ complainantName: 'Anna Bos' }), [(id) => handling.withdraw(id, 'Klager heeft het zelf opgelost.', as, null)]);
  await story(7, base({ complainantName: 'Karim El Idrissi', description: 'De stoep voor mijn huis ligt al maanden open en niemand repareert hem.' }), [
    (id) => handling.forward(id, 'Gemeente Voorbeeldstad', 'Het onderhoud van de stoep is een taak van de gemeente.', as, null),
  ]);
  await story(60, base({ complainantName: 'Ruben van Dijk', departmentId: klantenservice.id }), [
    (id) => ack.acknowledge(id, { answer: null, inviteForHearing: true }, as, null),
    plan,
    hold,
    (id) => outcome.sendOutcome(id, { judgement: 'unfounded', findings: 'De regels zijn juist toegepast.', conclusions: null, agreements: [], noAgreements: true }, as, null),
    (id) => dispute.declareDissatisfaction(id, 'Klager is het niet eens met het oordeel.', SYSTEM, null),
    (id) => dispute.markDisputeEligible(id, 'Interne procedure doorlopen, klager ontevreden.', as, null),
  ]);

  strapi.log.info(`[complaints] demo data ready; demo staff sign in with password ${DEMO_PASSWORD}: ${STAFF.map((s) => s.email).join(', ')}`);
}
