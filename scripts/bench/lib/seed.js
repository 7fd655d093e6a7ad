/**
 * Setup through the app's real routes, as an organisation would do it: the first super admin
 * (Strapi's first-admin registration on an empty database), a department and a category (the plugin's
 * admin routes), and, for the baseline only, a grant of the bench content type to the public role.
 */
const crypto = require('crypto');
const { expectStatus } = require('./http');
const { BENCH_ENV } = require('./app');

const ADMIN = { firstname: 'Bench', lastname: 'Admin', email: 'bench.admin@klachten.local', password: 'BenchAdmin2026!' };

/** Registers the first admin, then logs in (as the admin panel does) and returns the bearer token. */
async function createAdmin(url) {
  await expectStatus(200, url, 'POST', '/admin/register-admin', { body: ADMIN });
  const login = await expectStatus(200, url, 'POST', '/admin/login', { body: { email: ADMIN.email, password: ADMIN.password } });
  return login.data.token;
}

/** Logs in as the admin an earlier run registered (a database kept by a benchmark). */
async function loginAdmin(url) {
  return (await expectStatus(200, url, 'POST', '/admin/login', { body: { email: ADMIN.email, password: ADMIN.password } })).data.token;
}

/** One department (with an address, so intake queues its staff notice too) and one category. */
async function seedCatalog(url, token) {
  const department = await expectStatus(201, url, 'POST', '/complaints/departments', {
    token,
    body: { name: 'Klantcontact', email: 'klantcontact@gemeente-voorbeeld.nl', receivesUnassigned: true },
  });
  // a fresh site has the procedure's default categories; create the one used only where they are off
  const categories = await expectStatus(200, url, 'GET', '/complaints/categories', { token });
  const existing = categories.data.find((c) => c.key === 'dienstverlening');
  const category = existing
    ? { data: existing }
    : await expectStatus(201, url, 'POST', '/complaints/categories', {
        token,
        body: { key: 'dienstverlening', nameNl: 'Dienstverlening', nameEn: 'Service' },
      });
  return { departmentId: department.data.id, categoryId: category.data.id };
}

/**
 * Grants the public role one content-API action through the users-permissions admin API, the way the
 * admin panel does: read the role's whole permission tree, switch one action on, send the tree back.
 * (The role service replaces the set with what it is sent, so sending only the new action would revoke
 * the plugin's own public grants.) Chosen over an API token because an API token adds a token lookup per
 * request that the public submission route does not pay, which would flatter the plugin in the comparison.
 */
async function grantPublic(url, token, action) {
  const [type, controller, method] = action.split('.');
  const roles = await expectStatus(200, url, 'GET', '/users-permissions/roles', { token });
  const publicRole = roles.roles.find((r) => r.type === 'public');
  const { role } = await expectStatus(200, url, 'GET', `/users-permissions/roles/${publicRole.id}`, { token });
  const actions = role.permissions?.[type]?.controllers?.[controller];
  if (!actions || !actions[method]) throw new Error(`users-permissions does not know the action ${action}`);
  actions[method].enabled = true;
  await expectStatus(200, url, 'PUT', `/users-permissions/roles/${publicRole.id}`, {
    token,
    body: { name: role.name, description: role.description, permissions: role.permissions, users: [] },
  });
  // Check that the plugin's own public actions survived the update.
  const after = await expectStatus(200, url, 'GET', `/users-permissions/roles/${publicRole.id}`, { token });
  if (!after.role.permissions['plugin::complaints']?.controllers?.public?.submit?.enabled) throw new Error('granting the bench action revoked the public submit permission');
}

/**
 * A form token exactly as services/public-form.ts issues it: `<issuedAt>.<nonce>.<HMAC-SHA256 of
 * "issuedAt.nonce">` keyed with `complaints-form:` + the app keys. The nonce is random: a token files one
 * complaint. The app refuses tokens younger than minFillSeconds (3 s).
 */
function formToken(issuedAt, appKeys = BENCH_ENV.APP_KEYS) {
  // server.app.keys is env.array('APP_KEYS'): split on commas, trimmed; public-form.ts joins it again.
  const keys = appKeys.split(',').map((k) => k.trim()).join(',');
  const nonce = crypto.randomBytes(16).toString('base64url');
  const signature = crypto.createHmac('sha256', `complaints-form:${keys}`).update(`${issuedAt}.${nonce}`).digest('base64url');
  return `${issuedAt}.${nonce}.${signature}`;
}

/** The fields a complainant fills in; the same values go to the baseline and to the submission route. */
function complaintFields(n, { categoryId, departmentId }) {
  return {
    complainantName: `Jan de Vries ${n}`,
    complainantEmail: `jan.devries.${n}@voorbeeld.nl`,
    complainantPhone: '0612345678',
    complainantAddress: 'Dorpsstraat 12',
    complainantPostalCode: '1234 AB',
    complainantCity: 'Amsterdam',
    complainantClientNumber: `C-${100000 + n}`,
    categoryId,
    departmentId,
    aboutEmployeeBehaviour: false,
    accusedName: null,
    accusedFunction: null,
    description:
      'Ik heb op 3 maart een aanvraag ingediend en sindsdien niets meer gehoord, ondanks twee telefoontjes ' +
      'waarin mij werd beloofd dat ik binnen een week zou worden teruggebeld. Dat is niet gebeurd. Ik vind ' +
      'dat slordig en ik wil graag weten wat de stand van zaken is.',
    desiredOutcome: 'Een reactie op mijn aanvraag en excuses voor het uitblijven van het terugbellen.',
  };
}

/**
 * A valid public submission as the form element sends it: the fields plus consent, locale, the empty
 * honeypot, a token issued 5 s ago and a fresh idempotency key (one per filled-in form, so every request
 * files a new complaint).
 */
function submissionBody(n, catalog) {
  return {
    ...complaintFields(n, catalog),
    privacyConsent: true,
    locale: 'nl',
    website: '',
    formToken: formToken(Date.now() - 5000),
    submissionKey: crypto.randomBytes(16).toString('base64url'),
  };
}

module.exports = { createAdmin, loginAdmin, seedCatalog, grantPublic, formToken, complaintFields, submissionBody };
