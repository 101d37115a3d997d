// Where the template screens live (routes.tsx mounts them); one template's path is mailing-paths' `templatePath`.
export const TEMPLATES_PATH = '/marketing/templates';
export const NEW_TEMPLATE_PATH = '/marketing/templates/new';
