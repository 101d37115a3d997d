import type { InputRef } from 'antd';
import { useCallback, useRef, useState } from 'react';

/**
 * Shared plumbing of the create/edit modals: focus the first field once the dialog has opened
 * (the dialog itself takes focus while animating, so autoFocus alone is not enough) and hold the
 * error sentence shown above the form.
 */
export function useModalForm() {
  const firstField = useRef<InputRef>(null);
  const [formError, setFormError] = useState<string>();

  const afterOpenChange = useCallback((open: boolean) => {
    if (open) firstField.current?.focus();
    else setFormError(undefined);
  }, []);

  return { firstField, formError, setFormError, afterOpenChange };
}
