import { useQuery } from '@apollo/client/react';
import { PossibleDuplicatesDocument, type PossibleDuplicatesInput } from '@rapport/web-data-access';
import { useDebouncedValue } from '@rapport/web-ui';
import { useMemo } from 'react';

export interface DuplicateProbe {
  firstName?: string;
  lastName?: string;
  company?: string;
  email?: string;
  phone?: string;
  /** Set for accounts: the API then matches company names only. */
  accountName?: string;
  excludeId?: string;
}

/** The probe as the API takes it, or undefined when there is too little to match on. */
export function duplicateInput(probe: DuplicateProbe): PossibleDuplicatesInput | undefined {
  const clean = (v?: string) => {
    const s = v?.trim();
    return s ? s : undefined;
  };
  const input: PossibleDuplicatesInput = {};
  const firstName = clean(probe.firstName);
  const lastName = clean(probe.lastName);
  const company = clean(probe.company);
  const email = clean(probe.email);
  const phone = clean(probe.phone);
  const accountName = clean(probe.accountName);
  if (firstName) input.firstName = firstName;
  if (lastName) input.lastName = lastName;
  if (company) input.company = company;
  if (email && email.includes('@')) input.email = email;
  if (phone && phone.replace(/\D/g, '').length >= 6) input.phone = phone;
  if (accountName) input.accountName = accountName;
  if (probe.excludeId) input.excludeId = probe.excludeId;
  const name = `${firstName ?? ''}${lastName ?? ''}`;
  const enough = Boolean(input.email || input.phone || name.length >= 2 || (accountName && accountName.length >= 2));
  return enough ? input : undefined;
}

/**
 * "Possible duplicates" while a person types: asks the API once the fields have been still for a
 * moment, and keeps showing the last answer while the next one loads.
 */
export function usePossibleDuplicates(probe: DuplicateProbe, enabled = true) {
  const key = JSON.stringify(duplicateInput(probe) ?? null);
  const debounced = useDebouncedValue(key, 400);
  const input = useMemo(() => JSON.parse(debounced) as PossibleDuplicatesInput | null, [debounced]);
  const { data, previousData } = useQuery(PossibleDuplicatesDocument, {
    variables: { input: input ?? {} },
    skip: !enabled || !input,
    fetchPolicy: 'network-only',
  });
  if (!enabled || !input) return [];
  return (data ?? previousData)?.possibleDuplicates ?? [];
}
