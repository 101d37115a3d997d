import { useMutation, useQuery } from '@apollo/client/react';
import {
  CreateSegmentDocument,
  errorCodeOf,
  errorMessageOf,
  fieldErrorsOf,
  SegmentPreviewDocument,
  UpdateSegmentDocument,
  type SegmentConditionsQuery,
  type SegmentDetailFragment,
} from '@rapport/web-data-access';
import { BackLink, segmentPath, usePageTitle, usePermissions, useSessionUser } from '@rapport/web-core';
import { PageHeader, useDebouncedValue } from '@rapport/web-ui';
import { Alert, App, Button, Card, Col, Flex, Row } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { FieldRecordType, SegmentField } from '../rule/field-options';
import { placeErrors, ruleFromTree, treeFromRule, type GroupNode, type NodeError } from '../rule/rule-model';
import { maySegment, SEGMENTS_PATH } from '../segmentation-access';
import { BuilderContext, type BuilderContextValue, type ConditionType } from './builder-context';
import { GroupEditor } from './group-editor';
import { LivePreview, SAMPLE_SIZE } from './live-preview';
import { SegmentDetailsForm, type SegmentDetails } from './segment-details-form';

export interface SegmentBuilderProps {
  segment: SegmentDetailFragment | null;
  catalogue: SegmentConditionsQuery['segmentConditions'];
  fields: Record<FieldRecordType, readonly SegmentField[]>;
  segments: readonly { value: string; label: string }[];
}

/** How long the rule must rest before it is counted (issue 17: ~400 ms). */
export const PREVIEW_DELAY_MS = 400;

/**
 * The segment builder (issue 17): the rule tree on the left — groups with ALL/ANY, NOT on any group
 * or condition, conditions from the catalogue with an input per parameter — and the live count on
 * the right (under it on a phone); name, description, dynamic or static and the refresh interval
 * above. The API's messages, from the count or from a refused save, land on the node they are
 * about (`placeErrors`), the others above the buttons.
 */
export function SegmentBuilder({ segment, catalogue, fields, segments }: SegmentBuilderProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useSessionUser();
  const permissions = usePermissions();
  usePageTitle(segment ? t('segments.builder.editTitle', { name: segment.name }) : t('segments.builder.newTitle'));
  const [tree, setTree] = useState<GroupNode>(() => treeFromRule(segment?.rule ?? { type: 'and', rules: [] }));
  const [details, setDetails] = useState<SegmentDetails>({
    name: segment?.name ?? '',
    description: segment?.description ?? '',
    dynamic: segment?.dynamic ?? true,
    refreshMinutes: segment ? segment.refreshMinutes : 1440,
  });
  const [saveError, setSaveError] = useState<unknown>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const mayWrite = maySegment(permissions, 'write', segment, me.id);

  // The count follows the rule as it stood once the editing paused; its errors are placed on that tree.
  const counted = useDebouncedValue(tree, PREVIEW_DELAY_MS);
  const rule = useMemo(() => ruleFromTree(counted), [counted]);
  const preview = useQuery(SegmentPreviewDocument, { variables: { rule: rule as unknown as Record<string, unknown>, sampleSize: SAMPLE_SIZE }, notifyOnNetworkStatusChange: true });

  const placed = useMemo(() => {
    const fromPreview = errorCodeOf(preview.error) === 'VALIDATION_FAILED' ? placeErrors(counted, fieldErrorsOf(preview.error)) : null;
    const fromSave = saveError ? placeErrors(tree, fieldErrorsOf(saveError)) : null;
    const nodes = new Map<string, NodeError[]>(fromPreview?.nodes ?? []);
    for (const [id, list] of fromSave?.nodes ?? []) if (!nodes.has(id)) nodes.set(id, list);
    return { nodes, other: fromSave?.other ?? [] };
  }, [preview.error, counted, saveError, tree]);

  const edit = useCallback((change: (root: GroupNode) => GroupNode) => {
    setTree((root) => change(root));
    // A refused save's messages are about the tree as it was.
    setSaveError(null);
  }, []);
  const context = useMemo<BuilderContextValue>(
    () => ({ conditions: new Map<string, ConditionType>(catalogue.map((c) => [c.key, c])), edit, errors: placed.nodes, fields, segments, focus: setFocusId }),
    [catalogue, edit, placed.nodes, fields, segments],
  );

  // After an add, move or removal the keyboard focus goes to the node's first control (or the node).
  useEffect(() => {
    if (!focusId) return;
    const node = document.querySelector<HTMLElement>(`[data-node-id="${focusId}"]`);
    const target = node?.querySelector<HTMLElement>('input:not([type="hidden"]), button, [tabindex="0"]') ?? node;
    target?.focus();
    setFocusId(null);
  }, [focusId, tree]);

  const [create, created] = useMutation(CreateSegmentDocument);
  const [update, updated] = useMutation(UpdateSegmentDocument);
  const saving = created.loading || updated.loading;
  const save = async () => {
    const description = details.description.trim() || null;
    const refreshMinutes = details.dynamic ? details.refreshMinutes : null;
    const current = ruleFromTree(tree) as unknown as Record<string, unknown>;
    setSaveError(null);
    try {
      if (segment) {
        await update({ variables: { input: { id: segment.id, name: details.name.trim(), description, refreshMinutes, rule: current } } });
        void message.success(t('segments.builder.saved'));
        void navigate(segmentPath(segment.id));
      } else {
        const result = await create({ variables: { input: { name: details.name.trim(), description, dynamic: details.dynamic, refreshMinutes, rule: current } }, refetchQueries: ['Segments'] });
        void message.success(t('segments.builder.created'));
        const id = result.data?.createSegment.segment.id;
        if (id) void navigate(segmentPath(id));
      }
    } catch (e) {
      setSaveError(e);
    }
  };
  const fieldErrors = saveError ? fieldErrorsOf(saveError) : [];
  const otherErrors = placed.other.filter((e) => !/^(input\.)?(name|description|refreshMinutes|dynamic)$/.test(e.path));
  const unplaced = saveError && !fieldErrors.length ? errorMessageOf(saveError) : null;

  return (
    <BuilderContext.Provider value={context}>
      <BackLink to={segment ? segmentPath(segment.id) : SEGMENTS_PATH} label={segment ? segment.name : t('segments.title')} />
      <PageHeader title={segment ? t('segments.builder.editTitle', { name: segment.name }) : t('segments.builder.newTitle')} subtitle={t('segments.builder.subtitle')} />
      {!mayWrite ? <Alert type="info" showIcon title={t('segments.builder.notYours')} style={{ marginBottom: 16 }} data-testid="segment-not-yours" /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Flex vertical gap={16}>
            <SegmentDetailsForm value={details} onChange={setDetails} fixedKind={!!segment} errors={fieldErrors} />
            <Card size="small" title={t('segments.builder.rule')} data-testid="segment-rule-editor">
              <GroupEditor node={tree} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={9}>
          <div style={{ position: 'sticky', top: 16 }}>
            <LivePreview result={preview} />
          </div>
        </Col>
      </Row>
      {otherErrors.length || unplaced ? (
        <Alert type="error" showIcon style={{ marginTop: 16 }} data-testid="segment-save-error" title={unplaced ?? otherErrors.map((e) => e.message).join(' ')} />
      ) : null}
      <Flex gap={8} justify="flex-end" wrap style={{ marginTop: 16 }}>
        <Button onClick={() => void navigate(segment ? segmentPath(segment.id) : SEGMENTS_PATH)}>{t('segments.builder.cancel')}</Button>
        <Button type="primary" loading={saving} disabled={!mayWrite || !details.name.trim()} onClick={() => void save()} data-testid="segment-save">
          {segment ? t('segments.builder.save') : t('segments.builder.create')}
        </Button>
      </Flex>
    </BuilderContext.Provider>
  );
}
