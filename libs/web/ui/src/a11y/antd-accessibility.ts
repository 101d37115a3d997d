import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * What antd renders without a name a screen reader can use, and no prop, setting or locale text
 * that gives it one (docs/adr/0012-decorative-icons.md). Icons are decorative (aria-hidden), so a
 * control holding only an icon needs a name of its own; a few controls carry English that no
 * locale replaces. Each is named here, in the reader's language, in one place for the whole app:
 * the controls appear inside antd components, at no call site of ours. The same pass mends two
 * slips of rc-select's ARIA (below). Each rule is pinned by antd-accessibility.test.tsx on the
 * real components, so an antd upgrade that changes them fails there.
 */
interface NamedControl {
  selector: string;
  label: (t: TFunction, control: HTMLElement) => string;
  /** antd's built-in English name, replaced (otherwise a control that has a name keeps it). */
  replaces?: string;
}

const columnOf = (control: HTMLElement) => control.closest('th')?.querySelector('.ant-table-column-title')?.textContent?.trim() ?? '';

const NAMED_CONTROLS: readonly NamedControl[] = [
  // Input's allowClear button (rc-input) and Input.Search's button: a <button> with only an icon.
  { selector: '.ant-input-clear-icon', label: (t) => t('a11y.antd.clear') },
  { selector: '.ant-input-search-btn', label: (t) => t('a11y.antd.search') },
  // InputNumber's mouse steppers (the field itself steps with the arrow keys).
  { selector: '.ant-input-number-action-up', label: (t) => t('a11y.antd.increase'), replaces: 'Increase Value' },
  { selector: '.ant-input-number-action-down', label: (t) => t('a11y.antd.decrease'), replaces: 'Decrease Value' },
  // A table column's filter menu trigger, named with its column.
  { selector: '.ant-table-filter-trigger', label: (t, c) => (columnOf(c) ? t('a11y.antd.filterColumn', { column: columnOf(c) }) : t('a11y.antd.filter')) },
  // Tabs that overflow hide the rest behind a "…" button.
  { selector: '.ant-tabs-nav-more', label: (t) => t('a11y.antd.moreTabs') },
  // A closable Alert's × (the Modal's and Drawer's take antd's locale).
  { selector: '.ant-alert-close-icon', label: (t) => t('a11y.antd.close') },
];

/** Marks a name given here, so a language switch renames it and a caller's own name is left alone. */
const MARK = 'data-a11y-name';

function nameControl(control: HTMLElement, rule: NamedControl, t: TFunction): void {
  const current = control.getAttribute('aria-label');
  const ours = control.hasAttribute(MARK) || (rule.replaces !== undefined && current === rule.replaces);
  const unnamed = !current && !control.hasAttribute('aria-labelledby') && !control.textContent?.trim();
  if (!ours && !unnamed) return;
  control.setAttribute('aria-label', rule.label(t, control));
  control.setAttribute(MARK, '');
}

/** A value inside a `[attr="…"]` selector (no CSS.escape in every environment: jsdom lacks it). */
const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/**
 * Names a select's popup list after the field it belongs to. antd's Select and AutoComplete (and
 * the Selects inside other antd components) render the open list as a `role="listbox"` without a
 * name (axe: aria-input-field-name); the field that opens it points at it with `aria-controls` and
 * has the name: its `aria-labelledby`, its `aria-label`, or the form's `<label for>`.
 */
export function nameListbox(listbox: HTMLElement): void {
  const doc = listbox.ownerDocument;
  if (!listbox.id || listbox.hasAttribute('aria-label') || listbox.hasAttribute('aria-labelledby')) return;
  const id = quoted(listbox.id);
  // rc-select's list is `<field id>_list`; the field drops aria-controls while the list is closed.
  const control = doc.querySelector<HTMLElement>(`[aria-controls~=${id}], [aria-owns~=${id}]`) ?? doc.getElementById(listbox.id.replace(/_list$/, ''));
  if (!control || control === listbox) return;
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) return listbox.setAttribute('aria-labelledby', labelledBy);
  const label = control.getAttribute('aria-label');
  if (label) return listbox.setAttribute('aria-label', label);
  const formLabel = control.id ? doc.querySelector<HTMLLabelElement>(`label[for=${quoted(control.id)}]`) : null;
  if (!formLabel) return;
  // The label's own text is the name: it follows a language switch.
  if (!formLabel.id) formLabel.id = `${control.id}_label`;
  listbox.setAttribute('aria-labelledby', formLabel.id);
}

/**
 * rc-select's ARIA slips, which axe counts as critical: a group heading in a grouped list is
 * `role="presentation"` yet carries `aria-selected`, and a combobox with no option active points
 * `aria-activedescendant` at `<id>_list_-1`, which no element has.
 */
const GROUP_WITH_SELECTED = '[role="presentation"][aria-selected]';
const NO_ACTIVE_OPTION = /_list_-1$/;

function mendGroupHeadings(root: ParentNode): void {
  const headings = [...(root instanceof Element && root.matches(GROUP_WITH_SELECTED) ? [root] : []), ...root.querySelectorAll(GROUP_WITH_SELECTED)];
  for (const heading of headings) if (heading.closest('[role="listbox"]')) heading.removeAttribute('aria-selected');
}

function dropNoActiveOption(field: Element): void {
  if (NO_ACTIVE_OPTION.test(field.getAttribute('aria-activedescendant') ?? '')) field.removeAttribute('aria-activedescendant');
}

const LISTBOX = '[role="listbox"]';
const ANY = [LISTBOX, ...NAMED_CONTROLS.map((r) => r.selector)].join(', ');

/** Names what needs it in `root` and below, and mends rc-select's ARIA there. */
export function nameAntdControls(root: ParentNode, t: TFunction): void {
  const within = <E extends Element>(selector: string) => [...(root instanceof Element && root.matches(selector) ? [root as unknown as E] : []), ...root.querySelectorAll<E>(selector)];
  for (const rule of NAMED_CONTROLS) for (const control of within<HTMLElement>(rule.selector)) nameControl(control, rule, t);
  for (const listbox of within<HTMLElement>(LISTBOX)) nameListbox(listbox);
  mendGroupHeadings(root);
  for (const field of within('[aria-activedescendant]')) dropNoActiveOption(field);
}

/**
 * Names antd's controls in the whole document now and as they appear (a select opening, a dialog
 * rendering a form); only added elements are looked at. Returns the function that stops it.
 */
export function watchAntdControls(doc: Document, t: TFunction): () => void {
  nameAntdControls(doc, t);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') dropNoActiveOption(record.target as Element);
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(ANY) || node.querySelector(ANY)) nameAntdControls(node, t);
        // A grouped list renders new options inside a listbox that is already there.
        else if (node.closest(LISTBOX)) mendGroupHeadings(node);
      }
    }
  });
  observer.observe(doc.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-activedescendant'] });
  return () => observer.disconnect();
}

/** `watchAntdControls` in the reader's language, renaming on a language switch; once, at the app's root. */
export function useAntdAccessibility(): void {
  const { t, i18n } = useTranslation();
  useEffect(() => watchAntdControls(document, t), [t, i18n.language]);
}
