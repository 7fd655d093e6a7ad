/**
 * Upgrade steps: what a release changes in data that Strapi's own schema sync does not do for it (new
 * columns it adds by itself; moving, rewriting or hashing existing values it does not). Each step runs
 * once per database, at start-up: after Strapi has synced the schema and before the plugin's bootstrap
 * uses the data, or — a step that moves values out of a column the new schema no longer has — before the
 * sync (Strapi's `strapi::content-types.beforeSync` hook), since the sync drops such a column.
 *
 * Safe with several instances starting at once: a step claims its row in `complaints_upgrades` as the
 * first write of its transaction (an INSERT on the primary key); a second instance waits on that row and
 * then finds it taken, and a step that fails rolls back with its claim, so the next start tries again.
 */
import type { Core } from '@strapi/strapi';
import { PLUGIN_VERSION } from '../plugin-info';
import { STEPS } from './steps';

export const UPGRADES_TABLE = 'complaints_upgrades';

type Knex = Core.Strapi['db']['connection'];

export interface UpgradeStep {
  /** `<release>-<what>`, unique for ever: the record that the step ran. */
  name: string;
  /** `beforeSync`: the tables are as the previous release left them (or absent, on a new database). */
  phase?: UpgradePhase;
  /** Runs inside the step's transaction; must leave an already upgraded database as it is. */
  run(trx: Knex, strapi: Core.Strapi): Promise<void>;
}

export type UpgradePhase = 'beforeSync' | 'afterSync';

async function ensureTable(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(UPGRADES_TABLE)) return;
  try {
    await knex.schema.createTable(UPGRADES_TABLE, (table) => {
      table.string('name', 191).primary();
      table.string('release', 32).notNullable();
      table.timestamp('applied_at').notNullable();
    });
  } catch (error) {
    // another instance created it in the same moment
    if (!(await knex.schema.hasTable(UPGRADES_TABLE))) throw error;
  }
}

/** Runs the steps of this phase this database has not had yet, in order; answers the names it ran. */
export async function runUpgrades(strapi: Core.Strapi, steps: UpgradeStep[] = STEPS, phase: UpgradePhase = 'afterSync'): Promise<string[]> {
  const knex = strapi.db.connection;
  await ensureTable(knex);
  const ran: string[] = [];
  for (const step of steps.filter((s) => (s.phase ?? 'afterSync') === phase)) {
    const applied = await knex.transaction(async (trx) => {
      const claimed = await trx(UPGRADES_TABLE)
        .insert({ name: step.name, release: PLUGIN_VERSION, applied_at: new Date() })
        .onConflict('name')
        .ignore()
        .returning('name');
      if (!claimed.length) return false;
      await step.run(trx as unknown as Knex, strapi);
      return true;
    });
    if (applied) {
      ran.push(step.name);
      strapi.log.info(`[complaints] upgrade step ${step.name} applied`);
    }
  }
  return ran;
}
