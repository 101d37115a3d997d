import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { Actor, apiKeyScopes, RecordScope, scopeFor } from '@rapport/shared-domain';
import { ApiKeyEntity, UserEntity, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { CreateApiKeyInput } from '../models/api-key.model';
import { listPage } from '@rapport/shared-database';
import { ApiKeysRepository } from './repositories';
import { generateApiKey } from './secrets';

@Injectable()
export class ApiKeysService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: ApiKeysRepository,
  ) {}

  list(actor: Actor, args: { first?: number | null; after?: string | null }) {
    this.assertAdmin(actor, 'read');
    return listPage(
      this.keys.scoped(actor, 'read'),
      'k',
      {},
      args,
      { createdAt: { column: 'k.created_at', cast: 'timestamptz' } },
      { field: 'createdAt', direction: 'DESC' },
      this.config.pageSizeMax,
    );
  }

  /** Returns the key once; only its hash is kept. */
  async create(actor: Actor, input: CreateApiKeyInput): Promise<{ apiKey: ApiKeyEntity; secret: string }> {
    this.assertAdmin(actor, 'write');
    const known = apiKeyScopes();
    const unknown = input.scopes.filter((s) => !known.includes(s));
    if (unknown.length) throw AppError.validation([{ path: 'input.scopes', message: `Unknown scope(s): ${unknown.join(', ')}.` }]);
    if (input.expiresAt && input.expiresAt <= new Date()) {
      throw AppError.validation([{ path: 'input.expiresAt', message: 'The expiry date must be in the future.' }]);
    }
    const actsAs = input.actsAsUserId ?? actor.userId;
    return this.ds.transaction(async (manager) => {
      if (!(await manager.existsBy(UserEntity, { id: actsAs, active: true }))) {
        throw AppError.validation([{ path: 'input.actsAsUserId', message: 'This user does not exist or is inactive.' }]);
      }
      const { key, prefix, secretHash } = generateApiKey();
      const apiKey = await manager.save(
        manager.create(ApiKeyEntity, {
          name: input.name.trim(),
          prefix,
          secretHash,
          scopes: [...new Set(input.scopes)].sort(),
          actsAsUserId: actsAs,
          createdBy: actor.userId,
          expiresAt: input.expiresAt ?? null,
        }),
      );
      await writeAudit(manager, actor, { entityType: 'api_key', entityId: apiKey.id, action: 'create', changes: [{ field: 'scopes', from: null, to: apiKey.scopes }] });
      return { apiKey: await manager.findOneByOrFail(ApiKeyEntity, { id: apiKey.id }), secret: key };
    });
  }

  async revoke(actor: Actor, id: string): Promise<ApiKeyEntity> {
    this.assertAdmin(actor, 'write');
    return this.ds.transaction(async (manager) => {
      const key = await this.keys.scoped(actor, 'write', manager).andWhere('k.id = :id', { id }).getOne();
      if (!key) throw AppError.notFound('The API key');
      if (!key.revokedAt) {
        await manager.update(ApiKeyEntity, { id }, { revokedAt: new Date() });
        await writeAudit(manager, actor, { entityType: 'api_key', entityId: id, action: 'revoke' });
      }
      return manager.findOneByOrFail(ApiKeyEntity, { id });
    });
  }

  private assertAdmin(actor: Actor, action: 'read' | 'write') {
    if (scopeFor(actor, 'apiKey', action) === RecordScope.None) throw AppError.forbidden('Only administrators can manage API keys.');
  }
}
