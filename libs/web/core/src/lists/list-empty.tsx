import { Button, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions, type PermissionObject } from '../session/permissions';
import { objectsLabel } from '../session/requirement-labels';

export interface ListEmptyProps {
  object: PermissionObject;
  /** Filters or a search are applied: then "none match" is the honest answer, whatever the scope. */
  filtered?: boolean;
  /** The list's own "none match these filters" text. */
  filteredText: ReactNode;
  /** What to say when none exist at all (read scope over every record); "No accounts yet." by default. */
  noneText?: ReactNode;
  /** "New account": offered only when the viewer may create one. */
  create?: { label: ReactNode; onClick: () => void; testId: string };
}

/**
 * An empty list that tells "none exist" from "none you can see": with a read scope over every
 * record it says there are none yet; with a narrower one it says none are visible to you, and why
 * (your own and shared records, or your team's). The create action shows only when allowed.
 */
export function ListEmpty({ object, filtered, filteredText, noneText, create }: ListEmptyProps) {
  const { t } = useTranslation();
  const permissions = usePermissions();
  if (filtered) return <>{filteredText}</>;
  const objects = objectsLabel(t, object);
  const scope = permissions.scope(object, 'read');
  const action =
    create && permissions.can(object, 'write') ? (
      <Button type="primary" size="small" onClick={create.onClick} data-testid={`${create.testId}-empty`}>
        {create.label}
      </Button>
    ) : null;
  const [headline, why] =
    scope === 'ALL'
      ? [noneText ?? t('access.empty.none', { objects }), null]
      : scope === 'NONE'
        ? [t('access.empty.notInRole', { objects }), null]
        : [t('access.empty.visible', { objects }), scope === 'TEAM' ? t('access.empty.team', { objects }) : t('access.empty.own', { objects })];
  return (
    <Flex vertical align="center" gap={8} data-testid="list-empty-reason" data-scope={scope}>
      <Typography.Text>{headline}</Typography.Text>
      {why ? <Typography.Text type="secondary">{why}</Typography.Text> : null}
      {action}
    </Flex>
  );
}
