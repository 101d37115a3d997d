import { fireEvent, waitFor } from '@testing-library/react';

/** Opens an antd Select (by its wrapper or test id element) and clicks the option with this text. */
export async function pickOption(select: HTMLElement, label: string): Promise<void> {
  const input = select.querySelector('input');
  fireEvent.mouseDown(input ?? select);
  // Long lists are virtual: only the first options exist in jsdom. Typing narrows searchable ones.
  if (input && !input.readOnly && !openOptions().some((el) => el.textContent === label)) {
    fireEvent.change(input, { target: { value: label } });
  }
  const option = await waitFor(
    () => {
      const open = openOptions();
      const found = open.find((el) => el.textContent === label);
      if (!found) throw new Error(`No open option "${label}" (open: ${open.map((el) => el.textContent).join(', ')})`);
      return found;
    },
    { timeout: 5000 },
  );
  fireEvent.click(option);
}

function openOptions(): Element[] {
  return [...document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')];
}
