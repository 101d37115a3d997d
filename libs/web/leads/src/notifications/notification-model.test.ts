import { describe, expect, it } from 'vitest';
import { badgeCount, notificationPath, parsePayload } from './notification-model';

describe('notificationPath', () => {
  it('follows the payload path, moving lead links to where the app shows leads', () => {
    expect(notificationPath(JSON.stringify({ path: '/sales/leads/abc', leadId: 'abc' }))).toBe('/leads/abc');
    expect(notificationPath(JSON.stringify({ path: '/sales/opportunities' }))).toBe('/sales/opportunities');
    expect(notificationPath(JSON.stringify({ path: '/sales/leadsheet' }))).toBe('/sales/leadsheet');
  });

  it('never leaves the app', () => {
    expect(notificationPath(JSON.stringify({ path: '//evil.example.com/x' }))).toBeUndefined();
    expect(notificationPath(JSON.stringify({ path: 'https://evil.example.com' }))).toBeUndefined();
    expect(notificationPath(JSON.stringify({ path: '/\\evil.example.com' }))).toBeUndefined();
  });

  it('derives a page from ids when there is no path', () => {
    expect(notificationPath(JSON.stringify({ importId: 'i 1' }))).toBe('/leads/import?import=i%201');
    expect(notificationPath(JSON.stringify({ leadId: 'l1' }))).toBe('/leads/l1');
    expect(notificationPath('{}')).toBeUndefined();
  });

  it('survives payloads that are not objects or not JSON', () => {
    expect(parsePayload('not json')).toEqual({});
    expect(parsePayload('[1,2]')).toEqual({});
    expect(parsePayload(JSON.stringify({ path: 42 }))).toEqual({ path: undefined, importId: undefined, leadId: undefined });
  });
});

describe('badgeCount', () => {
  it('caps at 99+', () => {
    expect(badgeCount(7)).toBe('7');
    expect(badgeCount(99)).toBe('99');
    expect(badgeCount(100)).toBe('99+');
  });
});
