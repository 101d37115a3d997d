import type { PortalSearchHitFragment } from '@rapport/web-data-access';
import { Link } from 'react-router';
import { Highlight } from './highlight';
import { portalArticlePath } from './portal-paths';

/** Search hits with their matched words marked; `onOpen` instead of a link opens the article in place. */
export function PortalHits({ hits, onOpen }: { hits: readonly PortalSearchHitFragment[]; onOpen?: (id: string) => void }) {
  return (
    <ul data-testid="portal-hits" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {hits.map((hit) => (
        <li key={hit.article.id} className="portal-card" data-testid="portal-hit">
          {onOpen ? (
            <button type="button" className="ant-btn ant-btn-link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left', fontWeight: 600 }} onClick={() => onOpen(hit.article.id)}>
              <Highlight segments={hit.title} />
            </button>
          ) : (
            <Link to={portalArticlePath(hit.article.id)} style={{ fontWeight: 600 }}>
              <Highlight segments={hit.title} />
            </Link>
          )}
          <div style={{ marginTop: 4 }}>
            <Highlight segments={hit.snippet} />
          </div>
        </li>
      ))}
    </ul>
  );
}
