import { describe, expect, it } from 'vitest';
import { previewParts } from './template-model';

describe('template preview', () => {
  it('splits a body into text and placeholders, whatever their spelling, keeping tags as written', () => {
    expect(previewParts('Dear {{ contact.first_name }},\n{% if account.name %}({{contact["last_name"] | upcase}}){% endif %} — {{- agent.name -}}')).toEqual([
      { text: 'Dear ' },
      { placeholder: 'contact.first_name' },
      { text: ',\n{% if account.name %}(' },
      { placeholder: 'contact.last_name' },
      { text: '){% endif %} — ' },
      { placeholder: 'agent.name' },
    ]);
    expect(previewParts('No placeholders')).toEqual([{ text: 'No placeholders' }]);
    expect(previewParts('')).toEqual([]);
  });
});
