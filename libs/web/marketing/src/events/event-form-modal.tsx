import { useMutation } from '@apollo/client/react';
import { CreateEventDocument, errorCodeOf, errorMessageOf, fieldErrorsOf, mapFieldErrors, UpdateEventDocument, type EventDetailFragment } from '@rapport/web-data-access';
import { FormModal, focusUnlessTyping } from '@rapport/web-core';
import { App, Form, type FormInstance, type InputRef } from 'antd';
import type { TFunction } from 'i18next';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_FORM_FIELDS, eventFormValues, eventInput, newEventValues, updateInput, type EventFormValues } from './event-form-model';
import { AgendaEditor, RegistrationFormEditor } from './event-form-extras';
import { EventFormItems } from './event-form-items';

export interface EventFormModalProps {
  open: boolean;
  onClose: () => void;
  /** The event being changed; without it the dialog creates one. */
  event?: EventDetailFragment;
  onSaved: (event: EventDetailFragment) => void;
}

const TRANSLATED = ['titles', 'descriptions'];
/** The editors' boxes an error deep in `form` or `agenda` can land on (`input.form.questions.2.key`). */
const LIST_LEAVES: Record<string, string[]> = { questions: ['key', 'label', 'type', 'options'], consents: ['subscriptionTypeId', 'text'], sessions: ['title', 'startsAt', 'endsAt', 'speaker', 'room'] };

/** The form name of a registration-form or agenda error (a box of one entry), or null when no box owns it. */
export function extrasFieldOf(path: string): (string | number)[] | null {
  const [head, root, list, index, leaf] = path.split('.');
  if (head !== 'input' || (root !== 'form' && root !== 'agenda') || !list || !LIST_LEAVES[list]?.includes(leaf ?? '') || !/^\d+$/.test(index ?? '')) return null;
  return [root, list, Number(index), leaf!];
}

/**
 * Puts the API's field errors on their fields (a translation's on its own box:
 * `input.titles.zh-TW`; a question's on its entry: `input.form.questions.0.label`), and returns
 * the sentence for everything else.
 */
export function applyEventErrors(form: FormInstance, error: unknown, t: TFunction): string | undefined {
  const all = fieldErrorsOf(error);
  const deep = all.filter((e) => e.path.startsWith('input.form') || e.path.startsWith('input.agenda'));
  const onExtras = deep.flatMap((e) => {
    const name = extrasFieldOf(e.path);
    return name ? [{ name, errors: [e.message] }] : [];
  });
  const extrasSentence = deep.filter((e) => !extrasFieldOf(e.path)).map((e) => e.message);
  const mapped = mapFieldErrors(
    all.filter((e) => !deep.includes(e)),
    EVENT_FORM_FIELDS,
    { nested: TRANSLATED },
  );
  // An error about the translations as a whole has no box of its own: it goes in the sentence.
  const whole = mapped.fields.filter((f) => f.name.length === 1 && TRANSLATED.includes(String(f.name[0])));
  const onFields = [...mapped.fields.filter((f) => !whole.includes(f)), ...onExtras];
  if (onFields.length) form.setFields(onFields);
  const sentence = [...mapped.unmatched, ...whole.flatMap((f) => f.errors), ...extrasSentence];
  if (sentence.length) return sentence.join(' ');
  if (onFields.length) return undefined;
  return errorCodeOf(error) ? (errorMessageOf(error) ?? t('errors.generic')) : t('errors.network');
}

/** Create or change an event; a change of time or place on a published event tells its registrants. */
export function EventFormModal({ open, onClose, event, onSaved }: EventFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EventFormValues>();
  const firstField = useRef<InputRef>(null);
  const [formError, setFormError] = useState<string>();
  const [createEvent, creating] = useMutation(CreateEventDocument, { refetchQueries: ['Events'] });
  const [updateEvent, updating] = useMutation(UpdateEventDocument, { refetchQueries: ['Events'] });
  // Worked out when the dialog opens, so a new event's default start is "next week" from now.
  const initialValues = useMemo(() => (event ? eventFormValues(event) : newEventValues()), [event, open]);

  const afterOpenChange = useCallback((isOpen: boolean) => {
    if (isOpen) focusUnlessTyping(firstField.current);
    else setFormError(undefined);
  }, []);

  const onFinish = async (checked: EventFormValues) => {
    setFormError(undefined);
    // The whole store, not only the boxes on screen: a question's translations and a choice's
    // stored option values have no box of their own but must survive the save.
    const store = form.getFieldsValue(true) as EventFormValues;
    const values: EventFormValues = { ...checked, form: store.form, agenda: store.agenda };
    try {
      if (event) {
        const { data } = await updateEvent({ variables: { input: updateInput(event.id, values) } });
        if (!data) return;
        void message.success(t('events.form.saved'));
        onSaved(data.updateEvent.event);
      } else {
        const { data } = await createEvent({ variables: { input: eventInput(values) } });
        if (!data) return;
        void message.success(t('events.form.created', { title: data.createEvent.event.title }));
        onSaved(data.createEvent.event);
      }
    } catch (error) {
      setFormError(applyEventErrors(form, error, t));
    }
  };

  return (
    <FormModal<EventFormValues>
      open={open}
      onClose={onClose}
      afterOpenChange={afterOpenChange}
      form={form}
      onFinish={onFinish}
      formProps={{ initialValues }}
      formError={formError}
      formErrorTestId="event-form-error"
      intro={event?.status === 'PUBLISHED' ? <p data-testid="event-form-published-note">{t('events.form.publishedNote')}</p> : undefined}
      title={event ? t('events.form.editTitle') : t('events.form.createTitle')}
      width={760}
      submitLabel={event ? t('common.save') : t('common.create')}
      submitTestId="event-submit"
      loading={creating.loading || updating.loading}
    >
      <EventFormItems firstField={firstField} />
      <RegistrationFormEditor />
      <AgendaEditor />
    </FormModal>
  );
}
