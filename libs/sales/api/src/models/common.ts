// Addresses and order-by inputs moved to shared-api (record definitions use them in every domain).
export { Address, AddressInput, customizableOrderByInput, orderByInput } from '@rapport/shared-api';
