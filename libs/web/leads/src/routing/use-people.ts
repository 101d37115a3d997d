import { useQuery } from '@apollo/client/react';
import { IntakePeopleDocument, type IntakePeopleQuery } from '@rapport/web-data-access';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';

export type Person = IntakePeopleQuery['users']['edges'][number]['node'];

/**
 * Names for the user and team ids that rules, profiles and settings carry. The API answers only
 * with people the caller may see, so a manager may meet an id without a name.
 */
export function usePeople() {
  const { data, loading, error } = useQuery(IntakePeopleDocument);
  return useMemo(() => {
    const users = (data?.users.edges ?? []).map((e) => e.node);
    const teams = (data?.teams.edges ?? []).map((e) => e.node);
    const userById = new Map(users.map((u) => [u.id, u]));
    const teamById = new Map(teams.map((x) => [x.id, x]));
    return {
      loading,
      error,
      users,
      teams,
      userName: (t: TFunction, id: string | null | undefined) => (id ? (userById.get(id)?.name ?? t('intake.common.someoneElse')) : '—'),
      teamName: (t: TFunction, id: string | null | undefined) => (id ? (teamById.get(id)?.name ?? t('intake.common.someTeam')) : '—'),
    };
  }, [data, loading, error]);
}
