/**
 * Saved views: a staff member's own filters and order of a list page, under a name they chose ("Mijn
 * achterstand", "Gedrag, afdeling Wonen"). Only ever their own: listed, saved and removed per user. A view of
 * the same name on the same page is replaced, so saving again after changing a filter updates it.
 */
import type { Core } from '@strapi/strapi';
import type { SavedView, SavedViewInput } from '../../../shared/contracts';
import { NotFoundError } from '../errors';
import { UID } from '../uids';

/** Views per user at most: a choice list, not a store. */
export const MAX_VIEWS = 50;

interface ViewRow {
  id: number;
  userId: number;
  page: string;
  name: string;
  filters: Record<string, string> | string;
}

const asView = (row: ViewRow): SavedView => ({
  id: row.id,
  page: row.page as SavedView['page'],
  name: row.name,
  filters: typeof row.filters === 'string' ? JSON.parse(row.filters) : row.filters,
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(userId: number): Promise<SavedView[]> {
    const rows: ViewRow[] = await strapi.db.query(UID.savedView).findMany({ where: { userId }, orderBy: [{ page: 'asc' }, { name: 'asc' }] });
    return rows.map(asView);
  },

  async save(userId: number, input: SavedViewInput): Promise<SavedView> {
    const query = strapi.db.query(UID.savedView);
    const existing: ViewRow | null = await query.findOne({ where: { userId, page: input.page, name: input.name } });
    if (existing) return asView(await query.update({ where: { id: existing.id }, data: { filters: input.filters } }));
    if ((await query.count({ where: { userId } })) >= MAX_VIEWS) {
      // the oldest goes: a list of choices stays short
      const oldest: ViewRow | null = await query.findOne({ where: { userId }, orderBy: { id: 'asc' } });
      if (oldest) await query.delete({ where: { id: oldest.id } });
    }
    return asView(await query.create({ data: { userId, ...input } }));
  },

  /** Removes one of the user's own views; another user's is answered as not found. */
  async remove(userId: number, id: number): Promise<void> {
    const { count } = await strapi.db.query(UID.savedView).deleteMany({ where: { id, userId } });
    if (!count) throw new NotFoundError({ nl: 'Deze weergave bestaat niet (meer).', en: 'This view does not exist (any more).' });
  },
});
