// Fixtures and helpers for the web tests (vitest): mocked API answers per area, antd helpers.
export * from './antd';
export * from './fixtures';
export * from './leads/intake-fixtures';
export * from './revenue/revenue-fixtures';
export * from './sales-fixtures';
export * from './marketing/mailing-fixtures';
