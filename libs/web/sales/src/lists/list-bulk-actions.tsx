import { useState } from 'react';
import {
  AddToCampaignButton,
  AddToCampaignModal,
  BulkAssignModal,
  BulkBar,
  CampaignBulkResultAlert,
  useCampaignBulkObject,
  type CampaignBulkResult,
  type ListTools,
} from '@rapport/web-core';
import type { BulkObject } from '@rapport/web-data-access';
import { MergeDialog } from '../merge/merge-dialog';

// The saved views, filter, column and export bar is web-core's ListToolsBar (the campaign list
// uses it too); what stays here is sales-only: merging two records needs the sales merge dialog.

type Row = { id: string; customFields: unknown; viewerCan?: { update: boolean } };
type Props<R extends Row, C extends string> = { tools: ListTools<R, C>; refetchQueries: string[] };

/**
 * The bar for picked rows and its dialogs: assign to someone, merge two, and (contacts and leads,
 * for people who may change campaigns) add them to a campaign.
 */
export function ListBulkActions<R extends Row, C extends string>(props: Props<R, C>) {
  // Every sales list has a bulk object; a list without one has no checkboxes, so no bar either.
  const objectType = props.tools.config.bulkObject;
  return objectType ? <BulkActions {...props} objectType={objectType} /> : null;
}

function BulkActions<R extends Row, C extends string>({ tools, refetchQueries, objectType }: Props<R, C> & { objectType: BulkObject }) {
  const [assigning, setAssigning] = useState(false);
  const [merging, setMerging] = useState(false);
  const [joining, setJoining] = useState(false);
  // The last "Add to campaign" stays above the list (with its link) after the selection is gone.
  const [joined, setJoined] = useState<CampaignBulkResult>();
  const { config, selectedIds } = tools;
  const campaignObject = useCampaignBulkObject(objectType);
  const clear = () => tools.setSelectedIds([]);
  const pair = selectedIds.length === 2 ? ([selectedIds[0]!, selectedIds[1]!] as const) : undefined;
  return (
    <>
      {joined ? <CampaignBulkResultAlert result={joined} onClose={() => setJoined(undefined)} /> : null}
      <BulkBar
        count={selectedIds.length}
        onAssign={() => setAssigning(true)}
        onMerge={config.mergeObject ? () => setMerging(true) : undefined}
        extra={
          campaignObject ? (
            <AddToCampaignButton
              onClick={() => {
                setJoined(undefined);
                setJoining(true);
              }}
            />
          ) : undefined
        }
        onClear={clear}
      />
      <BulkAssignModal
        open={assigning}
        objectType={objectType}
        ids={selectedIds}
        refetchQueries={refetchQueries}
        onClose={() => setAssigning(false)}
        onDone={() => {
          setAssigning(false);
          clear();
        }}
      />
      {config.mergeObject ? (
        <MergeDialog open={merging} objectType={config.mergeObject} ids={pair} onClose={() => setMerging(false)} onMerged={clear} />
      ) : null}
      {campaignObject ? (
        <AddToCampaignModal
          open={joining}
          objectType={campaignObject}
          ids={selectedIds}
          onClose={() => setJoining(false)}
          onAdded={(result) => {
            setJoining(false);
            setJoined(result);
            clear();
          }}
        />
      ) : null}
    </>
  );
}
