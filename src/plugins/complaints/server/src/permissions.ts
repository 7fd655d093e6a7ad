/**
 * The plugin's admin permissions (Strapi RBAC). Registered in register.ts; every admin route names the
 * action it needs, and services narrow what a user sees by department (see services/access.ts).
 */
import { ACTIONS } from '../../shared/permissions';

export { ACTIONS, type PermissionAction } from '../../shared/permissions';

export const ACTION_DEFINITIONS = [
  { uid: 'complaints.read', displayName: 'Klachten inzien (eigen afdeling)', subCategory: 'Klachten' },
  { uid: 'complaints.process', displayName: 'Klachten behandelen (stappen uitvoeren, registreren)', subCategory: 'Klachten' },
  { uid: 'complaints.read-behaviour', displayName: 'Klachten over gedrag van medewerkers inzien', subCategory: 'Klachten' },
  { uid: 'complaints.all-departments', displayName: 'Klachten van alle afdelingen', subCategory: 'Klachten' },
  { uid: 'settings.manage', displayName: 'Instellingen, afdelingen, categorieën en brieven beheren', subCategory: 'Beheer' },
  { uid: 'reports.read', displayName: 'Jaarverslag en exports', subCategory: 'Beheer' },
  { uid: 'privacy.manage', displayName: 'Inzage en wissen van persoonsgegevens (AVG)', subCategory: 'Beheer' },
].map((action) => ({ ...action, section: 'plugins' as const, pluginName: 'complaints' }));

/** Default roles created at start-up when missing; editors can change their permissions afterwards. */
export const DEFAULT_ROLES = [
  {
    code: 'complaints-handler',
    name: 'Klachtbehandelaar',
    description: 'Behandelt klachten van de eigen afdeling',
    actions: [ACTIONS.read, ACTIONS.process],
  },
  {
    code: 'complaints-manager',
    name: 'Afdelingsmanager',
    description: 'Behandelt klachten over gedrag van medewerkers van de eigen afdeling',
    actions: [ACTIONS.read, ACTIONS.process, ACTIONS.readBehaviour],
  },
  {
    code: 'complaints-coordinator',
    name: 'Klachtencoördinator',
    description: 'Overziet alle klachten, ook over gedrag, en het jaarverslag',
    actions: [ACTIONS.read, ACTIONS.process, ACTIONS.readBehaviour, ACTIONS.allDepartments, ACTIONS.readReports, ACTIONS.managePrivacy],
  },
  {
    code: 'complaints-editor',
    name: 'Klachten redacteur',
    description: 'Beheert formulierteksten, categorieën, afdelingen, termijnen en brieven',
    actions: [ACTIONS.manageSettings],
  },
] as const;
