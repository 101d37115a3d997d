import { EventEntity, EventMailEntity, EventRegistrationEntity } from './event.entity';

export * from './event.entity';

export const EVENTS_ENTITIES = [EventEntity, EventRegistrationEntity, EventMailEntity];
