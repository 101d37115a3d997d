import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { Actor } from '@rapport/shared-domain';
import { paginate, TimelineEventEntity, visibleTimelineCondition } from '@rapport/shared-database';

/**
 * The customer 360 stream: one index range of `timeline_event` per subject, newest first,
 * optionally narrowed to event types. Callers check the subject's visibility first; events that
 * describe another record (a deal, a quote) are kept only when the reader may read that record.
 */
@Injectable()
export class TimelineService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  page(actor: Actor, subjectType: string, subjectId: string, args: { first?: number | null; after?: string | null; types?: string[] | null }) {
    const visible = visibleTimelineCondition(actor, 't');
    const qb = this.ds
      .getRepository(TimelineEventEntity)
      .createQueryBuilder('t')
      .where('t.subject_type = :subjectType AND t.subject_id = :subjectId', { subjectType, subjectId })
      .andWhere(visible.sql, visible.params);
    if (args.types?.length) qb.andWhere('t.event_type IN (:...types)', { types: args.types.slice(0, 50) });
    return paginate(
      qb,
      [
        { column: 't.occurred_at', direction: 'DESC', cast: 'timestamptz', read: (e) => e.occurredAt },
        { column: 't.id', direction: 'DESC', cast: 'uuid', read: (e) => e.id },
      ],
      args,
      this.config.pageSizeMax,
    );
  }
}
