import { lazy } from 'react';

/**
 * The panel the app adds to the lead page, loaded with the page that shows it rather than with the
 * app's entry (it brings its own antd pieces): the login page and first screen stay small.
 */
export const LeadIntakePanel = lazy(() => import('./lead-panel/lead-intake-panel').then((m) => ({ default: m.LeadIntakePanel })));
