/**
 * The retention job: every night, each finished complaint closed longer ago than the retention term is
 * anonymised (services/privacy.ts says what that keeps and removes). Runs where the plugin's jobs run.
 */
import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { ZONE } from '../domain/calendar';
import { FINAL_STATUSES } from '../domain/procedure';
import { UID } from '../uids';
import { SYSTEM } from '../services/actor';
import { getService } from '../services/registry';

const CRON_NAME = 'complaints-retention';

export function retentionJob(strapi: Core.Strapi) {
  const job = {
    /** Anonymise every finished complaint closed longer ago than the retention term. */
    async run(): Promise<{ anonymised: number }> {
      const now = getService(strapi, 'clock').now();
      const { retentionMonths } = await getService(strapi, 'settings').get();
      const cutoff = DateTime.fromJSDate(now).minus({ months: retentionMonths }).toJSDate();
      const due: Array<{ id: number }> = await strapi.db.query(UID.complaint).findMany({
        where: { status: { $in: [...FINAL_STATUSES] }, closedAt: { $lt: cutoff }, anonymisedAt: { $null: true } },
        select: ['id'],
        limit: 5000,
      });
      const privacy = getService(strapi, 'privacy');
      let anonymised = 0;
      for (const { id } of due) {
        await privacy.anonymise(id, SYSTEM, `Bewaartermijn van ${retentionMonths} maanden verstreken`).then(
          () => (anonymised += 1),
          (error) => strapi.log.warn(`[complaints] retention of complaint ${id}: ${error.message}`),
        );
      }
      if (anonymised) strapi.log.info(`[complaints] retention: ${anonymised} complaints anonymised`);
      // mails that became no complaint (and ones that belonged to none) are kept as long as a complaint would be
      const mails = await getService(strapi, 'mailIntake').removeUnlinkedBefore(cutoff);
      if (mails) strapi.log.info(`[complaints] retention: ${mails} mails without a complaint removed`);
      return { anonymised };
    },

    /** Bootstrap: nightly on Strapi's cron, and once now. */
    start(): void {
      if (!getService(strapi, 'outbox').running()) return;
      strapi.cron.add({
        [CRON_NAME]: {
          task: () => job.run().catch((error) => strapi.log.error(`[complaints] retention: ${error?.stack ?? error}`)),
          options: { rule: '0 30 2 * * *', tz: ZONE },
        },
      });
      setImmediate(() => job.run().catch((error) => strapi.log.error(`[complaints] retention: ${error?.stack ?? error}`)));
    },

    stop(): void {
      strapi.cron.remove(CRON_NAME);
    },
  };
  return job;
}
