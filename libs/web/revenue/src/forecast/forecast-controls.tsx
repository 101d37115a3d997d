import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { TeamsDocument } from '@rapport/web-data-access';
import { i18n } from '@rapport/web-ui';
import { Button, Flex, Segmented, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { UserSelect } from '@rapport/web-core';
import { monthNames, shiftPeriod, withChange, yearChoices, type Granularity, type PeriodChoice } from './period';

export function PeriodPicker({ value, onChange }: { value: PeriodChoice; onChange: (p: PeriodChoice) => void }) {
  const { t } = useTranslation();
  const months = monthNames(i18n.language);
  return (
    <Flex gap="small" wrap align="center" role="group" aria-label={t('revenue.forecast.period')}>
      <Segmented<Granularity>
        value={value.granularity}
        onChange={(granularity) => onChange(withChange(value, { granularity }))}
        aria-label={t('a11y.forecast.granularity')}
        data-testid="forecast-granularity"
        options={[
          { value: 'month', label: t('revenue.forecast.month') },
          { value: 'quarter', label: t('revenue.forecast.quarter') },
          { value: 'year', label: t('revenue.forecast.year') },
        ]}
      />
      <Space.Compact>
        <Button icon={<LeftOutlined />} onClick={() => onChange(shiftPeriod(value, -1))} aria-label={t('revenue.forecast.previous')} data-testid="forecast-prev" />
        <Select<number>
          value={value.year}
          onChange={(year) => onChange(withChange(value, { year }))}
          options={yearChoices(new Date(), value.year).map((y) => ({ value: y, label: String(y) }))}
          aria-label={t('revenue.forecast.year')}
          data-testid="forecast-year"
          style={{ width: 96 }}
        />
        {value.granularity === 'quarter' ? (
          <Select<number>
            value={value.quarter}
            onChange={(quarter) => onChange(withChange(value, { quarter }))}
            options={[1, 2, 3, 4].map((q) => ({ value: q, label: t('revenue.forecast.quarterShort', { quarter: q }) }))}
            aria-label={t('revenue.forecast.quarter')}
            data-testid="forecast-quarter"
            style={{ width: 112 }}
          />
        ) : null}
        {value.granularity === 'month' ? (
          <Select<number>
            value={value.month}
            onChange={(month) => onChange(withChange(value, { month }))}
            options={months.map((name, i) => ({ value: i + 1, label: name }))}
            aria-label={t('revenue.forecast.month')}
            data-testid="forecast-month"
            style={{ width: 132 }}
          />
        ) : null}
        <Button icon={<RightOutlined />} onClick={() => onChange(shiftPeriod(value, 1))} aria-label={t('revenue.forecast.next')} data-testid="forecast-next" />
      </Space.Compact>
    </Flex>
  );
}

export interface ScopeValue {
  kind: 'team' | 'person';
  teamId?: string;
  userId?: string;
  /** The chosen person's name, for titles ("Adjust Rita Rep's forecast"). */
  userName?: string;
}

/** Managers look at a team (rolled up the hierarchy) or at one person of it. */
export function ScopePicker({ value, onChange }: { value: ScopeValue; onChange: (scope: ScopeValue) => void }) {
  const { t } = useTranslation();
  const teams = useQuery(TeamsDocument);
  const options = (teams.data?.teams.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }));
  return (
    <Flex gap="small" wrap align="center">
      <Segmented<'team' | 'person'>
        value={value.kind}
        aria-label={t('a11y.forecast.scopeKind')}
        data-testid="forecast-scope"
        onChange={(kind) => onChange({ ...value, kind })}
        options={[
          { value: 'team', label: t('revenue.forecast.team') },
          { value: 'person', label: t('revenue.forecast.person') },
        ]}
      />
      {value.kind === 'team' ? (
        <Select<string>
          value={value.teamId}
          onChange={(teamId) => onChange({ ...value, teamId })}
          options={options}
          loading={teams.loading}
          placeholder={t('pickers.team')}
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('revenue.forecast.team')}
          data-testid="forecast-team"
          style={{ minWidth: 200 }}
        />
      ) : (
        <div style={{ minWidth: 220 }}>
          <UserSelect
            value={value.userId ?? null}
            onChange={(userId, user) => onChange({ ...value, userId: userId ?? undefined, userName: user?.name })}
            placeholder={t('revenue.forecast.pickPerson')}
            aria-label={t('revenue.forecast.person')}
            data-testid="forecast-person"
          />
        </div>
      )}
    </Flex>
  );
}
