import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, ObjectName, RecordScope, scopeFor } from '@rapport/shared-domain';
import { SavedViewEntity } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';

/** A stored view as the caller sees it: `mine` says whether they may change it. */
export type SavedViewRow = SavedViewEntity & { mine: boolean };

export interface SaveViewCommand {
  id?: string;
  objectType: string;
  name: string;
  shared: boolean;
  definition: Record<string, unknown>;
}

/**
 * The records each list shows: a shared view is for those who may read them (its name and filter
 * say something about the records). A list not named here shows only the reader's own views.
 */
const LIST_OBJECTS: Readonly<Record<string, ObjectName>> = {
  accounts: 'account',
  contacts: 'contact',
  leads: 'lead',
  opportunities: 'opportunity',
  activities: 'activity',
  campaigns: 'campaign',
  cases: 'case',
};

// A view holds a filter, an order and columns; anything bigger is a client bug, not a view.
const MAX_DEFINITION_BYTES = 20_000;

/**
 * Saved list views: your own plus the shared ones. Only the owner changes or deletes a view, so every
 * write looks the view up by id *and* owner. Filters inside are checked when the view is used.
 */
@Injectable()
export class SavedViewsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  private get repo() {
    return this.ds.getRepository(SavedViewEntity);
  }

  async list(actor: Actor, objectType: string): Promise<SavedViewRow[]> {
    const object = Object.hasOwn(LIST_OBJECTS, objectType) ? LIST_OBJECTS[objectType] : undefined;
    const sharedToo = object !== undefined && scopeFor(actor, object, 'read') !== RecordScope.None;
    const rows = await this.repo
      .createQueryBuilder('v')
      .where(`v.object_type = :objectType AND (v.owner_id = :me${sharedToo ? ' OR v.shared' : ''})`, { objectType, me: actor.userId })
      .orderBy('v.shared', 'ASC')
      .addOrderBy('v.name', 'ASC')
      .getMany();
    return rows.map((v) => ({ ...v, mine: v.ownerId === actor.userId }));
  }

  /** Creates a view, or replaces the name, sharing and definition of one of the caller's own. */
  async save(actor: Actor, input: SaveViewCommand): Promise<SavedViewRow> {
    if (JSON.stringify(input.definition).length > MAX_DEFINITION_BYTES) throw AppError.validation([{ path: 'input.definition', message: 'The view is too large.' }]);
    if (input.shared && scopeFor(actor, 'sharedView', 'write') === RecordScope.None) {
      throw AppError.validation([{ path: 'input.shared', message: 'Only administrators and managers can share views.' }]);
    }
    if (input.id) {
      const view = await this.ownView(actor, input.id);
      await this.repo.update({ id: view.id }, { name: input.name.trim(), shared: input.shared, definition: input.definition } as never);
      return { ...(await this.repo.findOneByOrFail({ id: view.id })), mine: true };
    }
    const view = await this.repo.save(
      this.repo.create({ objectType: input.objectType, name: input.name.trim(), shared: input.shared, definition: input.definition, ownerId: actor.userId }),
    );
    return { ...view, mine: true };
  }

  /** Deletes one of the caller's own views and returns it as it was. */
  async delete(actor: Actor, id: string): Promise<SavedViewRow> {
    const view = await this.ownView(actor, id);
    await this.repo.delete({ id: view.id });
    return { ...view, mine: true };
  }

  private async ownView(actor: Actor, id: string): Promise<SavedViewEntity> {
    const view = await this.repo.findOneBy({ id, ownerId: actor.userId });
    if (!view) throw AppError.notFound('The view');
    return view;
  }
}
