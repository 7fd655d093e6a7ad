/**
 * What the fixture holds, read straight from the database after the app stopped: the facts an upgrade
 * test checks afterwards. Only what is the same on SQLite and PostgreSQL is logical content; Message-IDs
 * (random per letter) are kept per database.
 */
const bool = (v) => (v === null || v === undefined ? null : v === true || v === 1 || v === '1' || v === 't');
const num = (v) => (v === null || v === undefined ? null : Number(v));

async function pluginTables(read) {
  const rows =
    read.kind === 'postgres'
      ? await read.query("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name LIKE 'complaints\\_%' ORDER BY table_name")
      : await read.query("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'complaints\\_%' ESCAPE '\\' ORDER BY name");
  return rows.map((r) => r.name);
}

async function readFacts(read) {
  const tables = {};
  for (const name of await pluginTables(read)) tables[name] = num((await read.query(`SELECT COUNT(*) AS n FROM ${name}`))[0].n);

  const complaints = (await read.query('SELECT id, reference, status, channel, complainant_name, complainant_email, department_id, category_id, handler_id, about_employee_behaviour, dispute_eligible FROM complaints_complaints ORDER BY id')).map((r) => ({
    id: num(r.id),
    reference: r.reference,
    status: r.status,
    channel: r.channel,
    complainantName: r.complainant_name,
    complainantEmail: r.complainant_email,
    departmentId: num(r.department_id),
    categoryId: num(r.category_id),
    handlerId: num(r.handler_id),
    aboutEmployeeBehaviour: bool(r.about_employee_behaviour),
    disputeEligible: bool(r.dispute_eligible),
  }));

  const letterRows = await read.query('SELECT id, complaint_id, kind, audience, channel, locale, status, attempts, message_id, dedupe_key, recipient_email, last_error FROM complaints_letters ORDER BY id');
  const letters = letterRows.map((r) => ({
    id: num(r.id),
    complaintId: num(r.complaint_id),
    kind: r.kind,
    audience: r.audience,
    channel: r.channel,
    locale: r.locale,
    status: r.status,
    attempts: num(r.attempts),
    recipientEmail: r.recipient_email,
    dedupeKey: r.dedupe_key,
    hasError: Boolean(r.last_error),
  }));
  const messageIds = Object.fromEntries(letterRows.map((r) => [num(r.id), r.message_id]));

  const events = {};
  for (const r of await read.query('SELECT id, complaint_id, type, actor_type FROM complaints_events ORDER BY id')) {
    const key = String(num(r.complaint_id));
    events[key] ??= { count: 0, types: [], ids: [] };
    events[key].count += 1;
    events[key].types.push(r.type);
    events[key].ids.push(num(r.id));
  }

  const hearings = (await read.query('SELECT id, complaint_id, mode, location, accused_invited, complainant_present, held_at, skipped_reason, minutes FROM complaints_hearings ORDER BY id')).map((r) => ({
    id: num(r.id),
    complaintId: num(r.complaint_id),
    mode: r.mode,
    location: r.location,
    held: r.held_at !== null,
    skippedReason: r.skipped_reason,
    minutes: r.minutes,
  }));
  const agreements = (await read.query('SELECT id, complaint_id, description, owner_user_id, owner_department_id, due_date, status, settled_note FROM complaints_agreements ORDER BY id')).map((r) => ({
    id: num(r.id),
    complaintId: num(r.complaint_id),
    description: r.description,
    ownerUserId: num(r.owner_user_id),
    ownerDepartmentId: num(r.owner_department_id),
    dueDate: String(r.due_date).slice(0, 10),
    status: r.status,
    settledNote: r.settled_note,
  }));
  const departments = (await read.query('SELECT id, name, email, manager_id, active, receives_unassigned FROM complaints_departments ORDER BY id')).map((r) => ({ id: num(r.id), name: r.name, email: r.email, managerId: num(r.manager_id), active: bool(r.active), receivesUnassigned: bool(r.receives_unassigned) }));
  const categories = (await read.query('SELECT id, key, name_nl, active, suggests_behaviour FROM complaints_categories ORDER BY id')).map((r) => ({ id: num(r.id), key: r.key, nameNl: r.name_nl, active: bool(r.active), suggestsBehaviour: bool(r.suggests_behaviour) }));
  const closedDays = (await read.query('SELECT id, date, name, kind FROM complaints_closed_days ORDER BY id')).map((r) => ({ id: num(r.id), date: String(r.date).slice(0, 10), name: r.name, kind: r.kind }));
  const editedTemplates = (await read.query('SELECT id, kind, audience, locale, subject, edited_by_user_id FROM complaints_letter_templates WHERE edited_by_user_id IS NOT NULL ORDER BY id')).map((r) => ({ id: num(r.id), kind: r.kind, audience: r.audience, locale: r.locale, subject: r.subject, editedByUserId: num(r.edited_by_user_id) }));
  const [settings] = await read.query('SELECT organisation_name, committee_name, retention_months FROM complaints_settings');
  const [form] = await read.query('SELECT min_fill_seconds, show_staff_names FROM complaints_form_settings');

  const adminUsers = (await read.query('SELECT u.id, u.email, u.is_active, r.code AS role FROM admin_users u LEFT JOIN admin_users_roles_lnk l ON l.user_id = u.id LEFT JOIN admin_roles r ON r.id = l.role_id ORDER BY u.id, r.code')).reduce((users, r) => {
    const last = users[users.length - 1];
    if (last && last.id === num(r.id)) last.roles.push(r.role);
    else users.push({ id: num(r.id), email: r.email, isActive: bool(r.is_active), roles: r.role ? [r.role] : [] });
    return users;
  }, []);

  return {
    logical: {
      tables,
      complaints,
      letters,
      events,
      hearings,
      agreements,
      departments,
      categories,
      closedDays,
      editedTemplates,
      settings: { organisationName: settings?.organisation_name ?? null, committeeName: settings?.committee_name ?? null, retentionMonths: num(settings?.retention_months) },
      formSettings: { minFillSeconds: num(form?.min_fill_seconds), showStaffNames: bool(form?.show_staff_names) },
      adminUsers,
    },
    messageIds,
  };
}

module.exports = { readFacts, pluginTables };
