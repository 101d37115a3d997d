import { Alert, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { UNMATCHED_LISTED, type MemberImportResult } from './member-import';

/**
 * What a member import did: added, already members, and the addresses that found nobody, with
 * why they were left out (only people the uploader may see are matched; nobody is created).
 */
export function ImportMembersResult({ result, fileName }: { result: MemberImportResult; fileName: string }) {
  const { t } = useTranslation();
  const listed = result.unmatched.slice(0, UNMATCHED_LISTED);
  const more = result.unmatchedCount - listed.length;
  return (
    <Flex vertical gap="middle" data-testid="import-members-result" role="status">
      {result.rows === 0 ? (
        <Alert type="warning" showIcon title={t('marketing.importMembers.noRows', { name: fileName })} data-testid="import-members-no-rows" />
      ) : (
        <Alert
          type={result.added > 0 ? 'success' : 'info'}
          showIcon
          title={result.added > 0 ? t('marketing.importMembers.done', { name: fileName }) : t('marketing.importMembers.noneAdded', { name: fileName })}
        />
      )}
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'rows', label: t('marketing.importMembers.rows'), children: <span data-testid="import-members-rows">{result.rows}</span> },
          { key: 'added', label: t('marketing.importMembers.added'), children: <span data-testid="import-members-added">{result.added}</span> },
          { key: 'already', label: t('marketing.importMembers.alreadyMembers'), children: <span data-testid="import-members-already">{result.alreadyMembers}</span> },
          { key: 'unmatched', label: t('marketing.importMembers.unmatched'), children: <span data-testid="import-members-unmatched-count">{result.unmatchedCount}</span> },
        ]}
      />
      {result.unmatchedCount > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('marketing.importMembers.unmatchedTitle', { count: result.unmatchedCount })}
          description={
            <>
              <Typography.Paragraph style={{ marginBottom: 8 }}>{t('marketing.importMembers.unmatchedWhy')}</Typography.Paragraph>
              <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="import-members-unmatched">
                {listed.map((email) => (
                  <li key={email}>
                    {email}
                  </li>
                ))}
              </ul>
              {more > 0 ? (
                <Typography.Text type="secondary" data-testid="import-members-unmatched-more">
                  {t('marketing.importMembers.unmatchedMore', { count: more })}
                </Typography.Text>
              ) : null}
            </>
          }
          data-testid="import-members-unmatched-alert"
        />
      ) : null}
    </Flex>
  );
}
