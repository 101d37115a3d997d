import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { Actor } from '@rapport/shared-domain';
import { RecordShareEntity, TeamEntity, UserEntity, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { SALES_ALIAS, SalesRepository } from '@rapport/sales-data';

export type ShareableObject = 'account' | 'contact' | 'lead' | 'opportunity';

/**
 * Sharing a record beyond its owner's reach. Only someone who may change the record can share
 * it; the share is honoured by the one visibility scope, so it reaches lists, search and export.
 */
@Injectable()
export class SharingService {
  constructor(private readonly repo: SalesRepository) {}

  async share(actor: Actor, input: { objectType: ShareableObject; recordId: string; userId?: string | null; teamId?: string | null; access: 'read' | 'write' }) {
    if (!input.userId === !input.teamId) throw AppError.validation([{ path: 'input.userId', message: 'Share with either one user or one team.' }]);
    return this.repo.ds.transaction(async (m) => {
      if (!(await this.writable(actor, input.objectType, input.recordId, m).getExists())) throw AppError.notFound('The record');
      if (input.userId && !(await m.existsBy(UserEntity, { id: input.userId, active: true }))) {
        throw AppError.validation([{ path: 'input.userId', message: 'This user does not exist or is inactive.' }]);
      }
      if (input.teamId && !(await m.existsBy(TeamEntity, { id: input.teamId }))) throw AppError.validation([{ path: 'input.teamId', message: 'This team does not exist.' }]);
      const existing = await m.findOneBy(RecordShareEntity, { objectType: input.objectType, recordId: input.recordId, userId: input.userId ?? IsNull(), teamId: input.teamId ?? IsNull() });
      const share = existing ?? m.create(RecordShareEntity, { objectType: input.objectType, recordId: input.recordId, userId: input.userId ?? null, teamId: input.teamId ?? null, createdBy: actor.userId });
      share.access = input.access;
      await m.save(share);
      await writeAudit(m, actor, { entityType: input.objectType, entityId: input.recordId, action: 'share', changes: [{ field: 'share', from: null, to: { userId: share.userId, teamId: share.teamId, access: share.access } }] });
      return share;
    });
  }

  async unshare(actor: Actor, shareId: string) {
    return this.repo.ds.transaction(async (m) => {
      const share = await m.findOneBy(RecordShareEntity, { id: shareId });
      if (!share || !(await this.writable(actor, share.objectType as ShareableObject, share.recordId, m).getExists())) throw AppError.notFound('The share');
      await m.delete(RecordShareEntity, { id: shareId });
      await writeAudit(m, actor, { entityType: share.objectType, entityId: share.recordId, action: 'unshare', changes: [{ field: 'share', from: { userId: share.userId, teamId: share.teamId }, to: null }] });
      return share;
    });
  }

  async sharesOf(actor: Actor, objectType: ShareableObject, recordId: string) {
    if (!(await this.readable(actor, objectType, recordId).getExists())) return [];
    return this.repo.ds.getRepository(RecordShareEntity).find({ where: { objectType, recordId }, order: { createdAt: 'ASC' } });
  }

  private writable(actor: Actor, object: ShareableObject, id: string, m = this.repo.ds.manager) {
    return this.repo.scoped(object, actor, 'write', m).andWhere(`${SALES_ALIAS[object]}.id = :id`, { id });
  }

  private readable(actor: Actor, object: ShareableObject, id: string) {
    return this.repo.scoped(object, actor, 'read').andWhere(`${SALES_ALIAS[object]}.id = :id`, { id });
  }
}
