import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate } from 'class-validator';
import { AppError } from '@rapport/shared-errors';
import { validationFieldErrors } from './errors';

const PRIMITIVES = new Set<unknown>([String, Boolean, Number, Array, Object]);

/**
 * Whether class-validator holds rules for a class, asked once per class: its lookup filters every
 * rule of every input in the app on each call, which was 12 % of a contacts page's CPU (and much of
 * its garbage) when Nest asked it for each parameter of each field resolver of each row. Rules are
 * declared by decorators when the classes load, before the first request.
 */
const rulesByClass = new WeakMap<object, boolean>();
function hasRules(type: object): boolean {
  let known = rulesByClass.get(type);
  if (known === undefined) {
    known = getMetadataStorage().getTargetValidationMetadatas(type as new () => unknown, '', true, false).length > 0;
    rulesByClass.set(type, known);
  }
  return known;
}

/**
 * Validates every DTO/input with class-validator and reports field paths rooted at the argument
 * name (`input.email`), so the SPA can put each message on its form field. Unknown properties
 * are rejected rather than silently dropped: a typo in an integrator's payload should be loud.
 */
@Injectable()
export class AppValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata) {
    const type = metadata.metatype;
    // A REST request without a body (or with one no parser read) is an empty one: its DTO's rules
    // then say what is missing, instead of the handler meeting `undefined`. (GraphQL arguments
    // arrive as named 'body' parameters too; an omitted optional argument stays undefined.)
    if (value === undefined && metadata.type === 'body' && metadata.data === undefined) value = {};
    if (!type || PRIMITIVES.has(type) || value === undefined || value === null) return value;
    // Filter and order inputs carry no class-validator rules: the filter compiler checks them.
    // (Nor do the entities, actors and loaders field resolvers receive: Nest passes every parameter through the pipe.)
    if (!hasRules(type)) return value;
    // An input class describes an object: an array or a scalar in its place (a JSON body `[]`)
    // would otherwise pass, since class-validator finds no properties on it to complain about.
    if (typeof value !== 'object' || Array.isArray(value)) {
      const root = typeof metadata.data === 'string' ? metadata.data : '';
      throw AppError.validation(root ? [{ path: root, message: 'must be an object' }] : [], 'The input must be a JSON object.');
    }
    const instance = plainToInstance(type, value);
    const errors = await validate(instance as object, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false });
    if (errors.length > 0) {
      // GraphQL args arrive with their name (`input`); REST bodies and queries without one.
      const root = typeof metadata.data === 'string' ? metadata.data : '';
      throw AppError.validation(validationFieldErrors(errors, root));
    }
    return instance;
  }
}
