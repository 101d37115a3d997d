// Owner resolution and input picking are shared by every domain's services (shared-api).
export { assertCanCreate, pickDefined, resolveOwner } from '@rapport/shared-api';
