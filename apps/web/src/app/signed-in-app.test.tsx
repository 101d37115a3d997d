import { ApolloLink } from '@apollo/client';
import { createApolloClient, MeDocument, type CurrentUserFragment } from '@rapport/web-data-access';
import { grantsFor } from '@rapport/web-testing';
import { describe, expect, it } from 'vitest';
import { handOverSession } from '../session/session-handoff';
import { startHandedOverSession } from './signed-in-app';

const person = (id: string, name: string): CurrentUserFragment => ({
  __typename: 'User',
  id,
  email: `${id}@example.com`,
  name,
  role: 'SALES_REP',
  locale: 'EN',
  team: { __typename: 'Team', id: 't1', name: 'North' },
  permissions: grantsFor('SALES_REP'),
});

// Any request would mean the first screen asks the server again for what the sign-in answered.
const noRequests = new ApolloLink(() => {
  throw new Error('no request expected');
});

describe('entering the signed-in app from the login page', () => {
  it('drops what the cache held of a previous session and starts with the user who signed in', async () => {
    const client = createApolloClient({ terminatingLink: noRequests });
    const before = person('bob', 'Bob');
    client.writeQuery({ query: MeDocument, data: { me: before } });
    expect(client.cache.extract()).toHaveProperty(['User:bob']);

    const ana = person('ana', 'Ana');
    handOverSession(ana);
    await startHandedOverSession(client);

    expect(client.readQuery({ query: MeDocument })).toEqual({ me: ana });
    expect(Object.keys(client.cache.extract() as object).sort()).toEqual(['ROOT_QUERY', 'Team:t1', 'User:ana']);
  });

  it('leaves the cache alone when nobody was handed over (a reload, a move between signed-in pages)', async () => {
    const client = createApolloClient({ terminatingLink: noRequests });
    const ana = person('ana', 'Ana');
    handOverSession(ana);
    await startHandedOverSession(client);
    client.writeQuery({ query: MeDocument, data: { me: { ...ana, name: 'Ana B.' } } });

    await startHandedOverSession(client);
    expect(client.readQuery({ query: MeDocument })?.me?.name).toBe('Ana B.');
  });
});
