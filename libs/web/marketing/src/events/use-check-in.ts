import { useMutation } from '@apollo/client/react';
import { CheckInRegistrationDocument, errorMessageOf, UndoCheckInDocument, type EventRegistrationRowFragment } from '@rapport/web-data-access';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personName } from '@rapport/web-core';

/**
 * Check in and undo, for the event page's rows and the door's cards. The registration comes back
 * as stored (Apollo's cache updates the row); the event's counts are asked again. `busyId` is the
 * registration being changed, so only its button spins.
 */
export function useCheckIn() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busyId, setBusyId] = useState<string | null>(null);
  const refetchQueries = ['Event'];
  const [checkIn] = useMutation(CheckInRegistrationDocument, { refetchQueries });
  const [undo] = useMutation(UndoCheckInDocument, { refetchQueries });

  const run = async (r: EventRegistrationRowFragment, kind: 'checkIn' | 'undo') => {
    setBusyId(r.id);
    try {
      const variables = { input: { id: r.id } };
      if (kind === 'checkIn') await checkIn({ variables });
      else await undo({ variables });
      const name = personName(r) || r.email;
      void message.success(kind === 'checkIn' ? t('events.checkIn.done', { name }) : t('events.checkIn.undone', { name }));
      return true;
    } catch (error) {
      void message.error(errorMessageOf(error) ?? t('errors.generic'));
      return false;
    } finally {
      setBusyId(null);
    }
  };

  return { busyId, checkIn: (r: EventRegistrationRowFragment) => run(r, 'checkIn'), undo: (r: EventRegistrationRowFragment) => run(r, 'undo') };
}
