import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { paginate, TimelineEventEntity } from '@rapport/shared-database';

/**
 * The customer 360 stream: one index range of `timeline_event` per subject, newest first,
 * optionally narrowed to event types. Callers check the subject's visibility first.
 */
@Injectable()
export class TimelineService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  page(subjectType: string, subjectId: string, args: { first?: number | null; after?: string | null; types?: string[] | null }) {
    const qb = this.ds
      .getRepository(TimelineEventEntity)
      .createQueryBuilder('t')
      .where('t.subject_type = :subjectType AND t.subject_id = :subjectId', { subjectType, subjectId });
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
