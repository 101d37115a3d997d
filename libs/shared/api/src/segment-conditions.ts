import { Injectable } from '@nestjs/common';
import type { SegmentConditionDefinition } from '@rapport/shared-database';

/**
 * The segment builder's catalogue (issue 17, docs/adr/0020): every domain registers the conditions
 * it knows about when its module starts (sales its fields and activities, marketing email and page
 * views, events attendance, segmentation orders and metrics). The builder compiles rules from what
 * is here and offers it to the UI, so a later domain joins by registering, like `EngagementFacts`.
 */
@Injectable()
export class SegmentConditions {
  private readonly byKey = new Map<string, SegmentConditionDefinition>();

  register(...definitions: SegmentConditionDefinition[]): void {
    for (const d of definitions) {
      if (this.byKey.has(d.key)) throw new Error(`Segment condition ${d.key} is registered twice`);
      this.byKey.set(d.key, d);
    }
  }

  get(key: string): SegmentConditionDefinition | undefined {
    return this.byKey.get(key);
  }

  all(): SegmentConditionDefinition[] {
    return [...this.byKey.values()];
  }
}
