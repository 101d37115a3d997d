import {
  ApiKeyScopesDocument,
  ApiKeysDocument,
  CreateApiKeyDocument,
  type ApiKeyRowFragment,
} from '@rapport/web-data-access';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meMock } from '@rapport/web-testing';
import { renderApp } from '../../../testing/render-app';

const actsAs = { __typename: 'UserRef' as const, id: 'u-admin', name: 'Ada Admin', email: 'ada@example.com' };

const existing: ApiKeyRowFragment = {
  __typename: 'ApiKey',
  id: 'k1',
  name: 'ERP import',
  prefix: 'rp_ab12',
  scopes: ['users:read'],
  createdAt: '2026-01-02T10:00:00Z',
  lastUsedAt: null,
  expiresAt: null,
  revokedAt: null,
  actsAs,
};

const list = (nodes: ApiKeyRowFragment[]) => ({
  request: { query: ApiKeysDocument, variables: { first: 20, after: null } },
  result: {
    data: {
      apiKeys: {
        __typename: 'ApiKeyConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: 'ApiKeyEdge', cursor: node.id, node })),
      },
    },
  },
});

describe('ApiKeysPage', () => {
  it('lists keys, creates one and shows its secret once', async () => {
    const created: ApiKeyRowFragment = { ...existing, id: 'k2', name: 'Webhook relay', prefix: 'rp_cd34', scopes: ['users:write'] };
    renderApp('/admin/api-keys', [
      meMock('ADMIN'),
      list([existing]),
      {
        request: { query: ApiKeyScopesDocument },
        result: { data: { apiKeyScopes: ['users:read', 'users:write'] } },
      },
      {
        request: {
          query: CreateApiKeyDocument,
          variables: { input: { name: 'Webhook relay', scopes: ['users:write'], expiresAt: null } },
        },
        result: {
          data: { createApiKey: { __typename: 'CreateApiKeyPayload', secret: 'rp_cd34_s3cr3t', apiKey: created } },
        },
      },
      list([existing, created]),
    ]);

    // The first page of a lazy route takes longest to appear on a busy machine.
    expect(await screen.findByText('ERP import', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('Never')).toBeTruthy();
    expect(screen.getByTestId('apikey-revoke-k1')).toBeTruthy();

    fireEvent.click(screen.getByTestId('apikey-create'));
    fireEvent.change(await screen.findByTestId('apikey-name'), { target: { value: 'Webhook relay' } });
    fireEvent.click(await screen.findByTestId('apikey-scope-users:write', {}, { timeout: 5000 }));
    fireEvent.click(screen.getByTestId('apikey-submit'));

    const secret = await screen.findByTestId('apikey-secret', {}, { timeout: 5000 });
    expect(secret.textContent).toBe('rp_cd34_s3cr3t');
    expect(screen.getByText(/will not be shown again/)).toBeTruthy();

    fireEvent.click(screen.getByTestId('apikey-secret-close'));
    await waitFor(() => expect(screen.queryByTestId('apikey-secret')).toBeNull(), { timeout: 5000 });
  });

  it('asks for at least one scope before calling the server', async () => {
    renderApp('/admin/api-keys', [
      meMock('ADMIN'),
      list([]),
      { request: { query: ApiKeyScopesDocument }, result: { data: { apiKeyScopes: ['users:read'] } } },
    ]);
    expect(await screen.findByText('No API keys yet.', {}, { timeout: 10_000 })).toBeTruthy();
    fireEvent.click(screen.getByTestId('apikey-create'));
    fireEvent.change(await screen.findByTestId('apikey-name'), { target: { value: 'Nightly sync' } });
    // The scopes are offered (none ticked) before the dialog is sent: the refusal is about them.
    await screen.findByTestId('apikey-scope-users:read', {}, { timeout: 10_000 });
    fireEvent.click(screen.getByTestId('apikey-submit'));
    expect(await screen.findByText('Choose at least one scope.', {}, { timeout: 10_000 })).toBeTruthy();
  });
});
