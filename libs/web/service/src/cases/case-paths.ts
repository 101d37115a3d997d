import { serviceCasePath } from '@rapport/web-core';

/** Where the case screens live (issue 18). */
export const CASES_PATH = '/service/cases';

/** A case's page (core's record paths say the same, for search hits and links from other areas). */
export const casePath = serviceCasePath;
