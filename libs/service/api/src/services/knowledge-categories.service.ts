import { Injectable } from '@nestjs/common';
import { localizedName, type Actor } from '@rapport/shared-domain';
import { writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { publishesKnowledge, readableAudiences } from '@rapport/service-domain';
import { KnowledgeCategoryEntity, KnowledgeRepository } from '@rapport/service-data';
import type { SaveKnowledgeCategoryInput } from '../models/knowledge.model';

/** The knowledge base's category tree (issue 19 item 3): read by every reader, arranged by knowledge base managers. */
@Injectable()
export class KnowledgeCategoriesService {
  constructor(private readonly repo: KnowledgeRepository) {}

  async list(actor: Actor, locale: string | null) {
    if (!readableAudiences(actor).length) throw AppError.forbidden();
    return (await this.repo.categories()).map((c) => this.view(c, locale));
  }

  view(c: KnowledgeCategoryEntity, locale: string | null) {
    return { ...c, name: localizedName(c.names['en'] ?? '', c.names, locale) };
  }

  async save(actor: Actor, input: SaveKnowledgeCategoryInput, locale: string | null) {
    if (!publishesKnowledge(actor)) throw AppError.forbidden('Arranging the knowledge base’s categories is for knowledge base managers.');
    const names: Record<string, string> = { en: input.nameEn.trim() };
    if (input.nameZhCn?.trim()) names['zh-CN'] = input.nameZhCn.trim();
    if (input.nameZhTw?.trim()) names['zh-TW'] = input.nameZhTw.trim();
    const saved = await this.repo.ds.transaction(async (m) => {
      const parentId = input.parentId ?? null;
      if (parentId) {
        if (!(await m.existsBy(KnowledgeCategoryEntity, { id: parentId }))) throw AppError.validation([{ path: 'input.parentId', message: 'This category does not exist.' }]);
        // A category under itself or one of its descendants would cut the branch off the tree.
        if (input.id && (await this.repo.ancestors(m, parentId)).includes(input.id)) throw AppError.validation([{ path: 'input.parentId', message: 'A category cannot be placed under itself or one of its subcategories.' }]);
      }
      if (input.id) {
        const before = await m.findOneBy(KnowledgeCategoryEntity, { id: input.id });
        if (!before) throw AppError.notFound('The category');
        await m.update(KnowledgeCategoryEntity, { id: before.id }, { parentId, names, position: input.position ?? before.position });
        await writeAudit(m, actor, { entityType: 'knowledgeCategory', entityId: before.id, action: 'update', changes: [{ field: 'names', from: before.names, to: names }] });
        return m.findOneByOrFail(KnowledgeCategoryEntity, { id: before.id });
      }
      const c = await m.save(m.create(KnowledgeCategoryEntity, { parentId, names, position: input.position ?? 0 }));
      await writeAudit(m, actor, { entityType: 'knowledgeCategory', entityId: c.id, action: 'create', changes: [{ field: 'names', from: null, to: names }] });
      return c;
    });
    return this.view(saved, locale);
  }
}
