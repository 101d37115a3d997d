import { useTestApi } from './testing/test-api';

/**
 * Production mode (its own file: settings are read once per boot). Introspection is off unless
 * GRAPHQL_INTROSPECTION=true, for anyone, signed in or not; the SPA and codegen read the committed
 * schema.gql instead. input-hygiene.int-spec.ts checks it stays on outside production.
 */
const api = useTestApi({ NODE_ENV: 'production', SESSION_SECRET: 'production-like-secret-of-at-least-32-chars' });

describe('introspection in production', () => {
  it('is refused with a 400 validation error, while ordinary queries still work', async () => {
    for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Lead") { fields { name } } }']) {
      const res = await api.anon().post('/graphql').send({ query });
      expect(res.status).toBe(400);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    const typename = await api.anon().post('/graphql').send({ query: '{ __typename }' });
    expect(typename.body).toEqual({ data: { __typename: 'Query' } });
  });
});
