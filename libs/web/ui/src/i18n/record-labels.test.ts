import { RECORD_TYPES } from '@rapport/web-data-access';
import { describe, expect, it } from 'vitest';
import { resources } from './resources';

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree, key: string) => key.split('.').reduce<string | Tree | undefined>((node, k) => (node && typeof node === 'object' ? node[k] : undefined), tree);

// The screens read these keys from the generated catalogue (docs/adr/0011), so no literal t('…')
// in the source names them: this is what fails when a definition gains a field without a label.
const keys = Object.values(RECORD_TYPES).flatMap((type) => [
  type.label.one,
  type.label.many,
  ...Object.values(type.fields).flatMap((f) => [
    ...(f.label ? [f.label] : []),
    ...(f.enumName ? f.enumValues.map((v) => `${f.enumName!.charAt(0).toLowerCase()}${f.enumName!.slice(1)}.${v.toUpperCase()}`) : []),
  ]),
]);

describe('record catalogue labels', () => {
  it('names some keys (guards against an empty catalogue)', () => {
    expect(keys.length).toBeGreaterThan(15);
  });

  for (const [lng, { translation }] of Object.entries(resources)) {
    it(`${lng} has a text for every field, record type and enum value label`, () => {
      expect(keys.filter((k) => typeof lookup(translation as Tree, k) !== 'string')).toEqual([]);
    });
  }
});
