import { AccountEntity } from './account.entity';
import { AuditEventEntity } from './audit-event.entity';
import { BodyEntity } from './body.entity';
import { LoginAttemptEntity } from './login-attempt.entity';
import { PersonDisplayConsentEntity } from './person-display-consent.entity';
import { PersonEntity } from './person.entity';
import { SessionEntity } from './session.entity';

export type { AccountGrant } from './account.entity';
export type { PublicDisplayChoiceValue } from './person-display-consent.entity';
export {
  AccountEntity,
  AuditEventEntity,
  BodyEntity,
  LoginAttemptEntity,
  PersonDisplayConsentEntity,
  PersonEntity,
  SessionEntity,
};

/** Every entity, registered explicitly (no globs: they break under bundlers and ts runners). */
export const ENTITIES = [
  BodyEntity,
  PersonEntity,
  PersonDisplayConsentEntity,
  AccountEntity,
  SessionEntity,
  LoginAttemptEntity,
  AuditEventEntity,
];
