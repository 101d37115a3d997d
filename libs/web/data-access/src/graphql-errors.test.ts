import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import {
  errorCodeOf,
  errorMessageOf,
  fieldErrorsOf,
  mapFieldErrors,
  retryAfterSecondsOf,
} from './graphql-errors';

function gqlError(extensions: Record<string, unknown>, message = 'The input is not valid.') {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });
}

describe('mapFieldErrors', () => {
  const formFields = ['email', 'name', 'role', 'team', 'password', 'locale'];

  it('strips the input prefix and puts each message on its form field', () => {
    const result = mapFieldErrors(
      [
        { path: 'input.email', message: 'Email is already taken.' },
        { path: 'input.name', message: 'Name is required.' },
      ],
      formFields,
    );
    expect(result.fields).toEqual([
      { name: ['email'], errors: ['Email is already taken.'] },
      { name: ['name'], errors: ['Name is required.'] },
    ]);
    expect(result.unmatched).toEqual([]);
  });

  it('groups several messages for one field and drops duplicates', () => {
    const result = mapFieldErrors(
      [
        { path: 'input.password', message: 'Too short.' },
        { path: 'input.password', message: 'Needs a digit.' },
        { path: 'input.password', message: 'Too short.' },
      ],
      formFields,
    );
    expect(result.fields).toEqual([{ name: ['password'], errors: ['Too short.', 'Needs a digit.'] }]);
  });

  it('renames API fields to form fields and maps list items to their list field', () => {
    const result = mapFieldErrors(
      [
        { path: 'input.teamId', message: 'Team not found.' },
        { path: 'input.scopes.1', message: 'Unknown scope.' },
      ],
      [...formFields, 'scopes'],
      { rename: { teamId: 'team' } },
    );
    expect(result.fields).toEqual([
      { name: ['team'], errors: ['Team not found.'] },
      { name: ['scopes'], errors: ['Unknown scope.'] },
    ]);
  });

  it('maps the fields of a nested object (custom fields) to their own form items', () => {
    const result = mapFieldErrors(
      [
        { path: 'input.customFields.region', message: 'Region must be one of: North, South.' },
        { path: 'input.customFields.budget', message: 'Budget is required.' },
        { path: 'input.customFields', message: 'must be an object of field values' },
      ],
      [...formFields, 'customFields'],
      { nested: ['customFields'] },
    );
    expect(result.fields).toEqual([
      { name: ['customFields', 'region'], errors: ['Region must be one of: North, South.'] },
      { name: ['customFields', 'budget'], errors: ['Budget is required.'] },
      { name: ['customFields'], errors: ['must be an object of field values'] },
    ]);
  });

  it('keeps messages for paths no field owns so the screen can still show them', () => {
    const result = mapFieldErrors(
      [
        { path: 'input.actsAsUserId', message: 'User is inactive.' },
        { path: 'input', message: 'Input is empty.' },
        { path: 'email', message: 'Without prefix still maps.' },
      ],
      formFields,
    );
    expect(result.fields).toEqual([{ name: ['email'], errors: ['Without prefix still maps.'] }]);
    expect(result.unmatched).toEqual(['User is inactive.', 'Input is empty.']);
  });

  it('supports another argument prefix', () => {
    const result = mapFieldErrors([{ path: 'filter.name', message: 'Bad filter.' }], ['name'], {
      prefix: 'filter',
    });
    expect(result.fields).toEqual([{ name: ['name'], errors: ['Bad filter.'] }]);
  });
});

describe('error readers', () => {
  it('read code, message and field errors from GraphQL errors', () => {
    const error = gqlError({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'input.email', message: 'Invalid email.' }, { nope: true }],
    });
    expect(errorCodeOf(error)).toBe('VALIDATION_FAILED');
    expect(errorMessageOf(error)).toBe('The input is not valid.');
    expect(fieldErrorsOf(error)).toEqual([{ path: 'input.email', message: 'Invalid email.' }]);
  });

  it('reads the retry time of a rate-limited request', () => {
    expect(retryAfterSecondsOf(gqlError({ code: 'RATE_LIMITED', retryAfterSeconds: 41.2 }))).toBe(42);
    expect(retryAfterSecondsOf(gqlError({ code: 'RATE_LIMITED' }))).toBeUndefined();
  });

  it('reads GraphQL errors sent with a non-2xx status', () => {
    const body = JSON.stringify({
      errors: [{ message: 'Too many attempts.', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 } }],
    });
    const error = new ServerError('Response not successful', {
      response: new Response(body, { status: 429 }),
      bodyText: body,
    });
    expect(errorCodeOf(error)).toBe('RATE_LIMITED');
    expect(errorMessageOf(error)).toBe('Too many attempts.');
    expect(retryAfterSecondsOf(error)).toBe(30);
  });

  it('treats a bare 401 as UNAUTHENTICATED and ignores unknown errors', () => {
    const error = new ServerError('401', { response: new Response('nope', { status: 401 }), bodyText: 'nope' });
    expect(errorCodeOf(error)).toBe('UNAUTHENTICATED');
    expect(errorCodeOf(new Error('network down'))).toBeUndefined();
    expect(errorMessageOf(new Error('network down'))).toBe('network down');
  });
});
