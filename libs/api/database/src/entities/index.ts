import { AccountEntity } from './account.entity';
import { AccountTokenEntity } from './account-token.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { AttendanceEntity, DeclarationOfInterestEntity } from './attendance.entity';
import { AuditEventEntity } from './audit-event.entity';
import { BodyEntity } from './body.entity';
import { CalendarFeedTokenEntity } from './calendar-feed-token.entity';
import { CrossSeatRuleEntity, CrossSeatRuleVersionEntity } from './cross-seat-rule.entity';
import { LoginAttemptEntity } from './login-attempt.entity';
import { MeetingBodyEntity, MeetingEntity } from './meeting.entity';
import { MembershipEntity } from './membership.entity';
import { MembershipImportEntity } from './membership-import.entity';
import {
  DecisionEntity,
  MeetingActionEntity,
  MinutesCommentEntity,
  MinutesEntity,
  MinutesEntryEntity,
} from './minutes.entity';
import { MeetingNoticeEntity, NoticeChoiceEntity } from './notice.entity';
import { OutboxMessageEntity } from './outbox-message.entity';
import { PasswordResetRequestEntity } from './password-reset-request.entity';
import { PersonDisplayConsentEntity } from './person-display-consent.entity';
import { PaperEntity, PaperReaderEntity } from './paper.entity';
import { PersonEntity } from './person.entity';
import { SessionEntity } from './session.entity';
import { TermsOfReferenceEntity } from './terms-of-reference.entity';

export type { AccountGrant } from './account.entity';
export type { AccountTokenPurpose } from './account-token.entity';
export type { OutboxMessageAttachment } from './outbox-message.entity';
export type { MembershipSeat } from './membership.entity';
export type {
  MembershipImportPlanJson,
  MembershipImportProblemJson,
} from './membership-import.entity';
export type { PublicDisplayChoiceValue } from './person-display-consent.entity';
export {
  MeetingNoticeEntity,
  NoticeChoiceEntity,
  AccountEntity,
  AgendaItemEntity,
  AttendanceEntity,
  DeclarationOfInterestEntity,
  MeetingBodyEntity,
  MeetingEntity,
  DecisionEntity,
  MeetingActionEntity,
  MinutesCommentEntity,
  MinutesEntity,
  MinutesEntryEntity,
  PaperEntity,
  PaperReaderEntity,
  AccountTokenEntity,
  AuditEventEntity,
  CalendarFeedTokenEntity,
  BodyEntity,
  CrossSeatRuleEntity,
  CrossSeatRuleVersionEntity,
  LoginAttemptEntity,
  MembershipEntity,
  MembershipImportEntity,
  OutboxMessageEntity,
  PasswordResetRequestEntity,
  PersonDisplayConsentEntity,
  PersonEntity,
  SessionEntity,
  TermsOfReferenceEntity,
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
  MembershipEntity,
  AccountTokenEntity,
  OutboxMessageEntity,
  PasswordResetRequestEntity,
  CrossSeatRuleEntity,
  CrossSeatRuleVersionEntity,
  TermsOfReferenceEntity,
  MembershipImportEntity,
  MeetingEntity,
  MeetingBodyEntity,
  AgendaItemEntity,
  PaperEntity,
  PaperReaderEntity,
  AttendanceEntity,
  DeclarationOfInterestEntity,
  MinutesEntity,
  MinutesEntryEntity,
  MinutesCommentEntity,
  DecisionEntity,
  MeetingActionEntity,
  CalendarFeedTokenEntity,
  NoticeChoiceEntity,
  MeetingNoticeEntity,
];
