/** List queries reach the server intact: the admin's fetch client does not encode parameters itself. */
import { toQueryString } from '../../src/plugins/complaints/admin/src/lib/query';

describe('admin: list query strings', () => {
  it('encodes values and repeats keys for arrays, leaving empty filters out', () => {
    expect(toQueryString({ search: 'Smit & Zn #2', page: 1, status: ['received', 'monitoring'], departmentId: '', overdue: undefined })).toBe(
      'search=Smit+%26+Zn+%232&page=1&status=received&status=monitoring',
    );
    expect(toQueryString({})).toBe('');
  });
});
