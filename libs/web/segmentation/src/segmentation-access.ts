import type { PermissionAction, Permissions, Requirement } from '@rapport/web-core';

// What the segment screens need from the viewer's grants (`me.permissions`, the API's permission
// table): readers are administrators, marketers, the sales roles, service managers and
// integrations; writers administrators and marketers (every segment) and sales managers (their
// own). The API enforces the same table; these only spare people dead ends.
export const SEGMENTATION_NEEDS = {
  segments: [{ object: 'segment', action: 'read' }],
  segmentWrite: [{ object: 'segment', action: 'write' }],
} satisfies Record<string, Requirement[]>;

/** Whether the viewer may change this segment: a writer over all of them, or the owner with an own-scope grant (as the API's assertWrite). */
export function maySegment(permissions: Pick<Permissions, 'scope'>, action: PermissionAction, segment: { ownerId: string | null } | null, viewerId: string): boolean {
  const scope = permissions.scope('segment', action);
  if (scope === 'NONE') return false;
  if (scope === 'ALL' || !segment) return true;
  return segment.ownerId === viewerId;
}

export const SEGMENTS_PATH = '/segments';
export const NEW_SEGMENT_PATH = '/segments/new';
export const segmentEditPath = (id: string): string => `/segments/${encodeURIComponent(id)}/edit`;
