/** Where the case screens live (issue 18). */
export const CASES_PATH = '/service/cases';

export const casePath = (id: string) => `${CASES_PATH}/${encodeURIComponent(id)}`;
