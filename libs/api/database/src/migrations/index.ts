import { CreateBody1763900000000 } from './1763900000000-create-body';
import { CreateIdentity1763900100000 } from './1763900100000-create-identity';
import { CreateAccess1763900200000 } from './1763900200000-create-access';
import { CreatePasswordResetRequest1763900340000 } from './1763900340000-create-password-reset-request';
import { CreateCrossSeatRule1763900400000 } from './1763900400000-create-cross-seat-rule';
import { CreateTermsOfReference1763900500000 } from './1763900500000-create-terms-of-reference';
import { CreateMembershipImport1763900600000 } from './1763900600000-create-membership-import';
import { CreateMeetings1763900700000 } from './1763900700000-create-meetings';
import { AgendaPresenters1764900000000 } from './1764900000000-agenda-presenters';
import { PaperCorrections1765000000000 } from './1765000000000-paper-corrections';
import { BodySupport1765100000000 } from './1765100000000-body-support';
import { CrossSeatRuleVersions1765200000000 } from './1765200000000-cross-seat-rule-versions';
import { MembershipImportConfirm1765300000000 } from './1765300000000-membership-import-confirm';
import { CalendarFeedToken1765400000000 } from './1765400000000-calendar-feed-token';
import { Search1765500000000 } from './1765500000000-search';
import { OutboxDelivery1765600000000 } from './1765600000000-outbox-delivery';
import { Notices1765700000000 } from './1765700000000-notices';
import { WhatsNewSeen1765800000000 } from './1765800000000-whats-new-seen';
import { PublicDataChanged1765805000000 } from './1765805000000-public-data-changed';
import { BodyLastsADay1766000000000 } from './1766000000000-body-lasts-a-day';
import { BodyPersonVersion1766100000000 } from './1766100000000-body-person-version';

/** Every migration in order. A new migration is added here in the same commit as its entity change. */
export const MIGRATIONS = [
  CreateBody1763900000000,
  CreateIdentity1763900100000,
  CreateAccess1763900200000,
  CreatePasswordResetRequest1763900340000,
  CreateCrossSeatRule1763900400000,
  CreateTermsOfReference1763900500000,
  CreateMembershipImport1763900600000,
  CreateMeetings1763900700000,
  AgendaPresenters1764900000000,
  PaperCorrections1765000000000,
  BodySupport1765100000000,
  CrossSeatRuleVersions1765200000000,
  MembershipImportConfirm1765300000000,
  CalendarFeedToken1765400000000,
  Search1765500000000,
  OutboxDelivery1765600000000,
  Notices1765700000000,
  WhatsNewSeen1765800000000,
  PublicDataChanged1765805000000,
  BodyLastsADay1766000000000,
  BodyPersonVersion1766100000000,
];
