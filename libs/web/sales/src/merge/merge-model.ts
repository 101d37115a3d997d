import type { MergeableObject, MergeRecordsInput } from '@rapport/web-data-access';

/** Field → id of the record whose value survives. */
export type MergeChoices = Record<string, string>;

interface Comparable<R> {
  field: string;
  value: (record: R) => unknown;
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '';
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Fields on which the two records differ: the only ones worth a choice. */
export function differingFields<R, F extends Comparable<R>>(fields: readonly F[], a: R, b: R): F[] {
  return fields.filter((f) => !same(f.value(a), f.value(b)));
}

/**
 * The starting choice for each differing field: the surviving record's value, unless it has
 * none and the other record has one (a merge should not lose a filled-in phone number).
 */
export function defaultChoices<R extends { id: string }>(fields: readonly Comparable<R>[], survivor: R, other: R): MergeChoices {
  const choices: MergeChoices = {};
  for (const f of differingFields(fields, survivor, other)) {
    choices[f.field] = isEmpty(f.value(survivor)) && !isEmpty(f.value(other)) ? other.id : survivor.id;
  }
  return choices;
}

/** The mutation input: only the values taken from the other record need saying. */
export function mergeInput(objectType: MergeableObject, survivorId: string, otherId: string, choices: MergeChoices): MergeRecordsInput {
  const fieldChoices = Object.entries(choices)
    .filter(([, fromId]) => fromId === otherId)
    .map(([field, fromId]) => ({ field, fromId }));
  return { objectType, survivorId, mergedIds: [otherId], ...(fieldChoices.length ? { fieldChoices } : {}) };
}
