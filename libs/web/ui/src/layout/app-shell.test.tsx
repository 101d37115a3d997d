import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppShell } from './app-shell';

function renderShell() {
  return render(
    <AppShell renderNav={() => <nav aria-label="Menu"><a href="/one">One</a></nav>} headerEnd={<button type="button">Me</button>}>
      <h1>Accounts</h1>
      <button type="button">New account</button>
    </AppShell>,
  );
}

describe('AppShell landmarks and skip link', () => {
  it('has exactly one main landmark, holding the page', () => {
    const { container } = renderShell();
    const mains = container.querySelectorAll('main, [role="main"]');
    expect(mains).toHaveLength(1);
    expect(mains[0]!.querySelector('h1')?.textContent).toBe('Accounts');
  });

  it('puts "Skip to content" first in the tab order; following it focuses the main landmark', () => {
    const { container } = renderShell();
    const focusable = container.querySelectorAll<HTMLElement>('a[href], button, input, [tabindex]:not([tabindex="-1"])');
    const skip = screen.getByTestId('skip-link');
    expect(focusable[0]).toBe(skip);
    expect(skip.textContent).toBe('Skip to content');
    fireEvent.click(skip);
    expect(document.activeElement).toBe(container.querySelector('main'));
    expect(window.location.hash).toBe('');
  });
});
