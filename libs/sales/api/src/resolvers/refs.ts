import { Loaders } from '@rapport/shared-api';
import { DirectoryService } from '@rapport/shared-auth';

/** `owner { id email name }` for any record: one batched lookup per request across all types. */
export function ownerRef(loaders: Loaders, directory: DirectoryService, ownerId: string | null) {
  return directory.ref(loaders, ownerId);
}

export const toNumber = (v: string | null | undefined): number | null => (v === null || v === undefined ? null : Number(v));
