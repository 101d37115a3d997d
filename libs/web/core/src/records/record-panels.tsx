import { createContext, useContext, type ComponentType } from 'react';

/** The record a panel belongs to: enough to query its own data and to title itself. */
export interface RecordPanelProps {
  record: { id: string; name: string };
}

export type RecordPanelKind = 'account' | 'contact' | 'lead' | 'opportunity';

/** Panels other feature areas add to a record page, e.g. quotes on an opportunity. */
export type RecordPanels = Partial<Record<RecordPanelKind, ComponentType<RecordPanelProps>[]>>;

const RecordPanelsContext = createContext<RecordPanels>({});

/**
 * Feature libs never import each other, so a record page can't name another area's panel:
 * the app provides them (app-providers.tsx) and the page renders whatever is registered.
 */
export const RecordPanelsProvider = RecordPanelsContext.Provider;

export function RecordPanelSlot({ kind, record }: { kind: RecordPanelKind } & RecordPanelProps) {
  const panels = useContext(RecordPanelsContext)[kind] ?? [];
  return (
    <>
      {panels.map((Panel, i) => (
        <Panel key={i} record={record} />
      ))}
    </>
  );
}
