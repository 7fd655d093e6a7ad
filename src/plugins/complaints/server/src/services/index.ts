import access from './access';
import agreements from '../steps/agreements/service';
import acknowledgement from '../steps/acknowledgement/service';
import attachments from './attachments';
import audit from './audit';
import bulk from './bulk';
import catalog from './catalog';
import clock from './clock';
import complaints from './complaints';
import corrections from './corrections';
import dispute from '../steps/dispute/service';
import domainEvents from './domain-events';
import dossier from './dossier';
import editorSettings from './editor-settings';
import handling from '../steps/handling/service';
import health from './health';
import hearing from '../steps/hearing/service';
import inbox from './inbox';
import intake from '../steps/intake/service';
import letterTemplates from './letter-templates';
import letters from './letters';
import links from './links';
import outbox from '../outbox';
import outcome from '../steps/outcome/service';
import outcomeDrafts from '../steps/outcome/draft';
import persons from './persons';
import printing from './printing';
import privacy from './privacy';
import publicAccess from './public-access';
import publicForm from './public-form';
import notes from './notes';
import questions from './questions';
import mailIntake from '../mail-intake/service';
import rateLimit from './rate-limit';
import reference from './reference';
import reports from './reports';
import savedViews from './saved-views';
import settings from './settings';
import status from './status';
import survey from './survey';
import sweep from '../jobs/sweep';
import transitions from './transitions';
import work from './work';

export default {
  access,
  agreements,
  acknowledgement,
  attachments,
  audit,
  bulk,
  catalog,
  clock,
  complaints,
  corrections,
  dispute,
  domainEvents,
  dossier,
  editorSettings,
  handling,
  health,
  hearing,
  inbox,
  intake,
  letterTemplates,
  letters,
  links,
  mailIntake,
  outbox,
  outcome,
  outcomeDrafts,
  persons,
  printing,
  privacy,
  publicAccess,
  publicForm,
  notes,
  questions,
  rateLimit,
  reference,
  reports,
  savedViews,
  settings,
  status,
  survey,
  sweep,
  transitions,
  work,
};
