export const KNOWLEDGE_PATH = '/service/knowledge';
export const NEW_ARTICLE_PATH = `${KNOWLEDGE_PATH}/new`;
export const articlePath = (id: string) => `${KNOWLEDGE_PATH}/${encodeURIComponent(id)}`;
