import { describe, expect, it } from 'vitest';
import { defaultForecastTeam } from './default-team';

const company = { id: 'co', name: 'Rapport Demo Co.', parent: null };
const service = { id: 'cs', name: 'Customer Service', parent: { id: 'co' } };
const east = { id: 'east', name: 'Sales East', parent: { id: 'co' } };

describe('defaultForecastTeam', () => {
  it("opens on the viewer's own team", () => {
    expect(defaultForecastTeam([service, east, company], 'east')).toBe('east');
  });

  it('opens a viewer without a team on the top of the hierarchy, not the first name', () => {
    expect(defaultForecastTeam([service, company, east], undefined)).toBe('co');
  });

  it('treats a team whose parent the viewer cannot see as a top', () => {
    expect(defaultForecastTeam([service, east], undefined)).toBe('cs');
    expect(defaultForecastTeam([], undefined)).toBeUndefined();
  });
});
