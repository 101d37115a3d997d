import { Injectable } from '@nestjs/common';
import { RecordScope, scopeFor, type Actor } from '@rapport/shared-domain';
import { CASE_CHANNELS, QUEUE_DISTRIBUTIONS } from '@rapport/service-domain';
import { CaseRepository, RoutingSetupRepository, type CaseEventEntity } from '@rapport/service-data';
import type { CaseRoutingExplanation } from '../models/case-routing-history.model';
import { ROUTING_SKIP_REASONS } from '../models/case-routing-history.model';

export interface CaseHistoryView {
  kind: string;
  at: Date;
  actorId: string | null;
  relatedCaseId: string | null;
  relatedCaseNumber: string | null;
  queueName: string | null;
  routing: CaseRoutingExplanation | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : null);
const named = (v: unknown): { id: string | null; name: string | null } => (v && typeof v === 'object' ? { id: str((v as Record<string, unknown>).id), name: str((v as Record<string, unknown>).name) } : { id: null, name: null });
const SKIPS: readonly string[] = ROUTING_SKIP_REASONS;
// A value the GraphQL enum does not know would fail the whole history: such a part is left out.
const oneOf = (v: unknown, known: readonly string[]): string | null => (typeof v === 'string' && known.includes(v) ? v : null);

/**
 * The `routed` event's data is the dispatch explanation (dispatch-plan.ts DispatchExplanation, plus
 * its English text and the owner) as the round stored it; read defensively, since events outlive
 * the shape that wrote them. A reason this build does not know is left out rather than guessed.
 */
export function routingOf(data: Record<string, unknown>): CaseRoutingExplanation {
  const skipped = Array.isArray(data.skipped) ? (data.skipped as Record<string, unknown>[]) : [];
  const chosen = named(data.chosen);
  return {
    queueId: str(data.queueId),
    queueName: str(data.queueName) ?? '',
    overflowFromName: named(data.overflowFrom).name,
    distribution: oneOf(data.distribution, QUEUE_DISTRIBUTIONS),
    agentId: chosen.id ?? str(data.ownerId),
    agentName: chosen.name,
    channel: oneOf(data.channel, CASE_CHANNELS),
    load: int(data.load),
    capacity: int(data.capacity),
    waitedSeconds: int(data.waitedSeconds),
    passedOver: skipped.flatMap((s) => {
      const who = named(s);
      const why = oneOf(s?.why, SKIPS);
      return who.id && who.name && why ? [{ userId: who.id, name: who.name, reason: why }] : [];
    }),
  };
}

/**
 * A case's history for its page (issue 18, 19 item 1): every event, newest first; merges and
 * splits name the other case; queued and routed entries name their queue and, on routed ones,
 * why that agent — agents' loads and who was passed over are routing's business, so only those
 * who read routing are told them (a sales rep reading their customer's case sees "routed" alone).
 */
@Injectable()
export class CaseHistoryService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly routingSetup: RoutingSetupRepository,
  ) {}

  async history(actor: Actor, caseId: string, limit: number): Promise<CaseHistoryView[]> {
    const events = await this.cases.history(caseId, limit);
    const readsRouting = scopeFor(actor, 'routing', 'read') !== RecordScope.None;
    const queueNames = readsRouting ? await this.queueNames(events) : new Map<string, string>();
    return events.map((e) => {
      const data = e.data ?? {};
      const routing = readsRouting && e.kind === 'routed' ? routingOf(data) : null;
      const queueId = str(data.queueId);
      // A queue renamed since keeps the name the routing round saw on routed entries; queued ones name it as it is now.
      const queueName = !readsRouting ? null : routing?.queueName || (queueId ? (queueNames.get(queueId) ?? null) : null);
      return {
        kind: e.kind,
        at: e.at,
        actorId: e.actorId,
        relatedCaseId: str(data.caseId),
        relatedCaseNumber: str(data.number),
        queueName: e.kind === 'queued' || e.kind === 'routed' ? queueName : null,
        routing,
      };
    });
  }

  private async queueNames(events: readonly CaseEventEntity[]): Promise<Map<string, string>> {
    const ids = [...new Set(events.filter((e) => e.kind === 'queued').map((e) => str(e.data?.queueId)).filter((id): id is string => !!id))];
    if (!ids.length) return new Map();
    return new Map((await this.routingSetup.queues(undefined, ids)).map((q) => [q.id, q.name]));
  }
}
