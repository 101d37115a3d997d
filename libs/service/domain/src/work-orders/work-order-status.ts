/**
 * A work order's life (issue 18 item 7): scheduled → en route → on site → done, or cancelled before
 * anyone is on site. Pure rules: which moves exist and who may make them; the service enforces them
 * under the work order's row lock.
 */
export const WORK_ORDER_STATUSES = ['scheduled', 'en_route', 'on_site', 'done', 'cancelled'] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];

/** Who asks for a move: the technician sent, and/or someone who dispatches visits (writes every work order). */
export interface WorkOrderMover {
  isTechnician: boolean;
  dispatches: boolean;
}

/** What the move needs to know about the work order besides its status. */
export interface WorkOrderFacts {
  status: WorkOrderStatus;
  hasTechnician: boolean;
  hasReport: boolean;
}

type Who = 'field' | 'dispatch';

/**
 * The legal moves and who makes each. Field moves are the technician's (a dispatcher may record them
 * on the technician's behalf, when they phone in); cancelling is a dispatcher's only: a technician
 * does not call off a visit the customer was promised. Nobody cancels once on site (the visit
 * happened: finish it with a report), and done and cancelled are final.
 */
const MOVES: Record<WorkOrderStatus, Partial<Record<WorkOrderStatus, Who>>> = {
  scheduled: { en_route: 'field', cancelled: 'dispatch' },
  // Turned back on the way (traffic, a call): the visit is scheduled again, not lost.
  en_route: { on_site: 'field', scheduled: 'field', cancelled: 'dispatch' },
  on_site: { done: 'field' },
  done: {},
  cancelled: {},
};

export const isFinal = (s: WorkOrderStatus) => s === 'done' || s === 'cancelled';

/** The statuses a mover may take the work order to now (for the page's buttons). */
export function nextStatuses(w: WorkOrderFacts, who: WorkOrderMover): WorkOrderStatus[] {
  return WORK_ORDER_STATUSES.filter((to) => moveProblem(w, to, who) === null);
}

/**
 * Why a move is refused, in English (null: allowed). A move to the status it already has is not
 * a problem here: the service treats it as done already (idempotent), so a doubled "done" counts
 * the visit once.
 */
export function moveProblem(w: WorkOrderFacts, to: WorkOrderStatus, who: WorkOrderMover): string | null {
  if (!WORK_ORDER_STATUSES.includes(to)) return 'This work order status does not exist.';
  if (w.status === to) return null;
  if (w.status === 'done') return 'The visit is done; it cannot move any more.';
  if (w.status === 'cancelled') return 'The visit is cancelled; it cannot move any more.';
  const needs = MOVES[w.status][to];
  if (!needs) return 'This status change is not allowed for a visit.';
  if (needs === 'dispatch' && !who.dispatches) return 'Only a dispatcher may cancel a visit.';
  if (needs === 'field' && !who.isTechnician && !who.dispatches) return 'Only the assigned technician or a dispatcher may move this visit.';
  if (to === 'en_route' && !w.hasTechnician) return 'Assign a technician before the visit starts.';
  if (to === 'done' && !w.hasReport) return 'Record the visit report (the work done) before closing the visit.';
  return null;
}

/** Whether a move counts the visit against the contract: only arriving at done, once (done is final). */
export const countsVisit = (from: WorkOrderStatus, to: WorkOrderStatus) => to === 'done' && from !== 'done';
