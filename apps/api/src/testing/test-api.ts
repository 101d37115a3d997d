import type { INestApplication } from '@nestjs/common';
import { ApiClient, TEST_PASSWORD } from '@rapport/shared-testing';
import type { RecordTestContext } from './record-factories';
import { bootTestApi } from './boot-test-api';

export interface TestApi {
  readonly app: INestApplication;
  readonly ctx: RecordTestContext;
  /** A client signed in as `email` (factories give every user TEST_PASSWORD). */
  signedIn(email: string, password?: string): Promise<ApiClient>;
  /** An unauthenticated request, as the public internet would send it. */
  anon(): ReturnType<ApiClient['raw']>;
}

/**
 * Boots the real API on a fresh database for the enclosing test file (beforeAll/afterAll), so a
 * spec starts with `const api = useTestApi();` instead of repeating the set-up.
 */
export function useTestApi(env: Record<string, string> = {}, setup?: (booted: { app: INestApplication; ctx: RecordTestContext }) => Promise<void>): TestApi {
  let booted: { app: INestApplication; ctx: RecordTestContext } | undefined;
  beforeAll(async () => {
    booted = await bootTestApi(env);
    await setup?.(booted);
  });
  afterAll(async () => {
    await booted?.app.close();
    await booted?.ctx.close();
  });
  const get = () => {
    if (!booted) throw new Error('useTestApi: the API is not booted yet (use it inside tests or hooks)');
    return booted;
  };
  return {
    get app() {
      return get().app;
    },
    get ctx() {
      return get().ctx;
    },
    async signedIn(email: string, password = TEST_PASSWORD) {
      const c = new ApiClient(get().app);
      await c.login(email, password);
      return c;
    },
    anon() {
      return new ApiClient(get().app).raw();
    },
  };
}
