import type { CsatGroupBy, CsatMode, Locale } from './csat-model';
import type { TFunction } from 'i18next';

// One literal key per value, so the key check finds them all.
const MODES: Record<CsatMode, (t: TFunction) => string> = {
  OFF: (t) => t('csat.mode.OFF'),
  EVERY: (t) => t('csat.mode.EVERY'),
  FIRST: (t) => t('csat.mode.FIRST'),
};
const MODE_HINTS: Record<CsatMode, (t: TFunction) => string> = {
  OFF: (t) => t('csat.modeHint.OFF'),
  EVERY: (t) => t('csat.modeHint.EVERY'),
  FIRST: (t) => t('csat.modeHint.FIRST'),
};
const LANGUAGES: Record<Locale, (t: TFunction) => string> = {
  EN: (t) => t('csat.language.EN'),
  ZH_CN: (t) => t('csat.language.ZH_CN'),
  ZH_TW: (t) => t('csat.language.ZH_TW'),
};
const GROUPS: Record<CsatGroupBy, (t: TFunction) => string> = {
  AGENT: (t) => t('csat.report.by.AGENT'),
  TEAM: (t) => t('csat.report.by.TEAM'),
  QUEUE: (t) => t('csat.report.by.QUEUE'),
  CHANNEL: (t) => t('csat.report.by.CHANNEL'),
  DAY: (t) => t('csat.report.by.DAY'),
};

export const modeLabel = (t: TFunction, mode: CsatMode) => MODES[mode]?.(t) ?? mode;
export const modeHint = (t: TFunction, mode: CsatMode) => MODE_HINTS[mode]?.(t) ?? '';
export const languageLabel = (t: TFunction, l: Locale) => LANGUAGES[l]?.(t) ?? l;
export const groupLabel = (t: TFunction, g: CsatGroupBy) => GROUPS[g]?.(t) ?? g;

