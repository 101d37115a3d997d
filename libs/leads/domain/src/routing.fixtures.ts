import type { Candidate } from './routing';

/**
 * For the routing specs: a rep on the given schedule who can take a lead (active, not away, no
 * capacity limit, nothing assigned yet); each spec overrides what it is about.
 */
export function candidate(schedule: Pick<Candidate, 'userId' | 'name' | 'timeZone' | 'workDays' | 'workStart' | 'workEnd'> & Partial<Candidate>): Candidate {
  return {
    active: true,
    outOfOfficeFrom: null,
    outOfOfficeUntil: null,
    dailyCapacity: null,
    assignedToday: 0,
    openLeads: 0,
    lastAssignedAt: null,
    ...schedule,
  };
}
