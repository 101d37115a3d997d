import { afterEach, describe, expect, it } from 'vitest';
import { focusUnlessTyping } from './use-modal-form';

/** A dialog as FormModal renders it: the form wraps the whole dialog, frame included. */
function dialog(): { frame: HTMLElement; close: HTMLElement; add: HTMLElement; first: HTMLInputElement; other: HTMLInputElement } {
  document.body.innerHTML = `
    <form><div role="dialog" tabindex="-1" id="frame">
      <button type="button" class="ant-modal-close" id="close">×</button>
      <input id="first" /><input id="other" /><button type="button" id="add">Add</button>
    </div></form>`;
  const get = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  return { frame: get('frame'), close: get('close'), add: get('add'), first: get<HTMLInputElement>('first'), other: get<HTMLInputElement>('other') };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('focusUnlessTyping', () => {
  it('moves focus from the dialog frame or its close button to the first field (keyboard users type at once)', () => {
    const { frame, close, first } = dialog();
    for (const start of [frame, close]) {
      start.focus();
      focusUnlessTyping(first);
      expect(document.activeElement).toBe(first);
    }
  });

  it('leaves focus where the person already is: a field they clicked into, a button of the form', () => {
    const { first, other, add } = dialog();
    for (const start of [other, add]) {
      start.focus();
      focusUnlessTyping(first);
      expect(document.activeElement).toBe(start);
    }
  });
});
