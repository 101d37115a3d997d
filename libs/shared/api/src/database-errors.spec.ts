import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { AppError, ErrorCode } from '@rapport/shared-errors';
import { databaseUnavailableError, DATABASE_UNAVAILABLE_RETRY_SECONDS, fromDatabaseError } from './database-errors';

const withCode = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});
const failedQuery = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('databaseUnavailableError', () => {
  it.each([
    ['a refused connection (server down)', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a reset socket', withCode('read ECONNRESET', 'ECONNRESET')],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly')],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
    ['a server shutting down (57P01)', failedQuery(withCode('terminating connection due to administrator command', '57P01'))],
    ['a server starting up (57P03)', withCode('the database system is starting up', '57P03')],
    ['a connection exception (08006)', failedQuery(withCode('connection failure', '08006'))],
    ['too many connections (53300)', withCode('sorry, too many clients already', '53300')],
    ['a transaction whose connection died between two statements', new QueryRunnerProviderAlreadyReleasedError()],
    ['a statement on a query runner already released after its connection died', new QueryRunnerAlreadyReleasedError()],
  ])('answers 503 UNAVAILABLE with Retry-After for %s', (_, err) => {
    const mapped = databaseUnavailableError(err);
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped?.code).toBe(ErrorCode.Unavailable);
    expect(mapped?.httpStatus).toBe(503);
    expect(mapped?.retryAfterSeconds).toBe(DATABASE_UNAVAILABLE_RETRY_SECONDS);
  });

  it.each([
    ['a unique violation', failedQuery(withCode('duplicate key value', '23505'))],
    ['a value of the wrong form', failedQuery(withCode('invalid input syntax for type uuid', '22P02'))],
    ['a programming error', new TypeError('Cannot read properties of undefined')],
    ['a message that only mentions a connection', new Error('Connection terminated by the user who typed this')],
    ['a non-error', 'ECONNREFUSED'],
  ])('leaves %s alone', (_, err) => {
    expect(databaseUnavailableError(err)).toBeNull();
  });

  it('does not count an unreachable database as unchecked client input', () => {
    expect(fromDatabaseError(failedQuery(withCode('terminating connection due to administrator command', '57P01')))).toBeNull();
  });
});
