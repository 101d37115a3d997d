/**
 * Which team the forecast opens on for a manager: their own; else (an admin belongs to no team)
 * the top of the hierarchy they can see, which rolls up every team below it, quotas included.
 * Opening on the alphabetically first team showed an admin "Customer Service" at ¥0.
 */
export function defaultForecastTeam(teams: readonly { id: string; name: string; parent?: { id: string } | null }[], ownTeamId: string | undefined): string | undefined {
  if (ownTeamId) return ownTeamId;
  const visible = new Set(teams.map((t) => t.id));
  const roots = teams.filter((t) => !t.parent || !visible.has(t.parent.id));
  return (roots[0] ?? teams[0])?.id;
}
