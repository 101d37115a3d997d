import type { PortalSearchHitFragment } from '@rapport/web-data-access';
import { Fragment } from 'react';

/** A search hit's text with the matched words marked: rendered as text, never as HTML. */
export function Highlight({ segments }: { segments: PortalSearchHitFragment['title'] }) {
  return (
    <>
      {segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <Fragment key={i}>{s.text}</Fragment>))}
    </>
  );
}
