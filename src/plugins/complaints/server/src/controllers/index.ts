import adminAttachments from './admin-attachments';
import adminComplaints from './admin-complaints';
import adminLetters from './admin-letters';
import adminMail from '../mail-intake/controller';
import adminPrivacy from './admin-privacy';
import adminQuestions from './admin-questions';
import adminSettings from './admin-settings';
import adminViews from './admin-views';
import health from './health';
import publicApi from './public';
import { stepControllers } from '../steps';
import { publicSubmission } from '../steps/intake/controller';
import type { Core } from '@strapi/strapi';

export default {
  ...stepControllers,
  'admin-attachments': adminAttachments,
  'admin-complaints': adminComplaints,
  'admin-letters': adminLetters,
  'admin-mail': adminMail,
  'admin-privacy': adminPrivacy,
  'admin-questions': adminQuestions,
  'admin-settings': adminSettings,
  'admin-views': adminViews,
  health,
  // the submission is step 1's, its action id (`public.submit`) the Public role's grant: see steps/intake/routes.ts
  public: (deps: { strapi: Core.Strapi }) => ({ ...publicApi(deps), ...publicSubmission(deps) }),
};
