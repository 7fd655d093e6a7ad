import { COMPLAINT_EVENTS, complaintEventsOf, withComplaintEvents } from '../../src/plugins/complaints/admin/src/lib/webhooks';

describe("a site webhook's complaint events", () => {
  it("keeps Strapi's own events and replaces only the complaint events with the chosen ones", () => {
    const current = ['entry.create', 'complaint.received', 'complaint.closed', 'media.delete'];
    expect(withComplaintEvents(current, new Set(['complaint.acknowledged', 'complaint.received']))).toEqual([
      'entry.create',
      'media.delete',
      'complaint.received',
      'complaint.acknowledged',
    ]);
    expect(withComplaintEvents(current, new Set())).toEqual(['entry.create', 'media.delete']);
  });

  it('ignores a chosen name that is not a complaint event, and reads back what a webhook receives', () => {
    expect(withComplaintEvents([], new Set(['entry.delete', 'complaint.closed']))).toEqual(['complaint.closed']);
    expect([...complaintEventsOf(['entry.create', 'complaint.outcome_sent'])]).toEqual(['complaint.outcome_sent']);
    expect(COMPLAINT_EVENTS).toContain('complaint.received');
    expect(new Set(COMPLAINT_EVENTS).size).toBe(COMPLAINT_EVENTS.length);
  });
});
