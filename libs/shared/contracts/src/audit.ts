/**
 * Every action the audit trail records, with its words for the secretariat. The API's
 * `AuditService.record` takes only these names, so an action cannot be audited without being
 * named here, and the audit trail's filter offers exactly these.
 */
export const AUDIT_ACTION_LABELS = {
  'person.create': 'Added a person',
  'person.update': 'Changed a person’s details',
  'person.display.give': 'Recorded consent to public display',
  'person.display.withdraw': 'Recorded that consent was withdrawn',
  'session.start': 'Signed in',
  'session.end': 'Signed out',
  'session.totp.verify': 'Signed in with an authenticator app code',
  'account.create': 'Set up an account',
  'account.grants': 'Changed an account’s rights',
  'account.disable': 'Disabled an account',
  'account.enable': 'Enabled an account',
  'account.totp.enable': 'Turned on two-step verification',
  'account.totp.disable': 'Turned off two-step verification',
  'calendarFeed.create': 'Made a new address for their calendar feed',
  'calendarFeed.revoke': 'Turned off their calendar feed’s address',
  'emailChoices.set': 'Changed which emails they get',
  'emailChoices.unsubscribe': 'Stopped a kind of email by the link in one',
  'invitation.send': 'Sent an invitation',
  'invitation.revoke': 'Revoked an invitation',
  'invitation.accept': 'Accepted an invitation',
  'password.change': 'Changed their password',
  'password.reset': 'Reset a password',
  'password.reset.request': 'Asked to reset a password',
  'body.create': 'Added a board or group',
  'body.update': 'Changed a board or group',
  'body.support': 'Changed a board or group’s contact or support text',
  'body.dissolve': 'Dissolved a board or group',
  'termsOfReference.draft.start': 'Started a draft of terms of reference',
  'termsOfReference.draft.save': 'Saved a draft of terms of reference',
  'termsOfReference.draft.discard': 'Discarded a draft of terms of reference',
  'termsOfReference.publish': 'Published terms of reference',
  'termsOfReference.supersede': 'Superseded terms of reference by a newer version',
  'membership.appoint': 'Appointed a member',
  'membership.end': 'Ended a membership',
  'membership.extend': 'Extended a membership',
  'membership.change-role': 'Changed a member’s role',
  'membership.correct': 'Corrected a membership',
  'membership.remove': 'Removed a membership recorded in error',
  'membership.cancel': 'Removed a membership that had not begun',
  'membership.import': 'Imported memberships from a CSV file',
  'membership.import.discard': 'Discarded a checked CSV file of memberships',
  'cross-seat-rule.create': 'Added a cross-seat rule',
  'cross-seat-rule.change': 'Changed a cross-seat rule',
  'cross-seat-rule.remove': 'Removed a cross-seat rule',
  'meeting.schedule': 'Scheduled a meeting',
  'meeting.update': 'Changed a meeting',
  'meeting.postpone': 'Postponed a meeting',
  'meeting.cancel': 'Cancelled a meeting',
  'meeting.held': 'Recorded that a meeting was held',
  'agenda.add': 'Added an agenda item',
  'agenda.update': 'Changed an agenda item',
  'agenda.move': 'Reordered an agenda',
  'agenda.remove': 'Removed an agenda item',
  'paper.create': 'Added a paper',
  'paper.update': 'Changed a paper',
  'paper.upload': 'Uploaded a paper’s file',
  'paper.replaceFile': 'Replaced a paper’s file',
  'paper.withdraw': 'Withdrew a paper',
  'paper.reinstate': 'Put back a withdrawn paper',
  'paper.remove': 'Removed a paper added by mistake',
  'paper.download': 'Downloaded a paper that is not public',
  'attendance.record': 'Recorded attendance',
  'attendance.apologies': 'Sent their apologies for a meeting',
  'attendance.withdrawApologies': 'Withdrew their apologies for a meeting',
  'declaration.record': 'Recorded a declaration of interest',
  'declaration.remove': 'Removed a declaration of interest',
  'minutes.save': 'Saved draft minutes',
  'minutes.circulate': 'Circulated minutes for comment',
  'minutes.withdraw': 'Withdrew circulated minutes to the draft',
  'minutes.approve': 'Recorded the approval of minutes',
  'minutes.publish': 'Published minutes',
  'minutes.comment': 'Commented on circulated minutes',
  'decision.record': 'Recorded a decision',
  'decision.remove': 'Removed a decision',
  'action.record': 'Recorded an action',
  'action.status': 'Moved an action on',
  'email.resend': 'Sent an email again',
} as const;

/** An action the audit trail records. */
export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

export function isAuditAction(value: string): value is AuditAction {
  return Object.prototype.hasOwnProperty.call(AUDIT_ACTION_LABELS, value);
}

/** The kinds of action (what an action's name starts with), for filtering the trail by kind. */
export const AUDIT_ACTION_KIND_LABELS: Readonly<Record<string, string>> = {
  person: 'People',
  session: 'Signing in and out',
  account: 'Accounts',
  invitation: 'Invitations',
  password: 'Passwords',
  calendarFeed: 'Calendar feeds',
  emailChoices: 'Email choices',
  body: 'Boards and groups',
  termsOfReference: 'Terms of reference',
  membership: 'Memberships',
  'cross-seat-rule': 'Cross-seat rules',
  meeting: 'Meetings',
  agenda: 'Agendas',
  paper: 'Papers',
  attendance: 'Attendance',
  declaration: 'Declarations of interest',
  minutes: 'Minutes',
  decision: 'Decisions',
  action: 'Actions',
  email: 'Emails',
};

/** The kind of an action: its name up to the first full stop ("paper" of "paper.withdraw"). */
export function auditActionKind(action: AuditAction): string {
  return action.slice(0, action.indexOf('.'));
}

/** What the audit trail records changes to, in words. */
export const AUDIT_OBJECT_TYPE_LABELS = {
  Account: 'Account',
  AgendaItem: 'Agenda item',
  Body: 'Board or group',
  CalendarFeed: 'Calendar feed',
  CrossSeatRule: 'Cross-seat rule',
  Decision: 'Decision',
  DeclarationOfInterest: 'Declaration of interest',
  EmailMessage: 'Email',
  Invitation: 'Invitation',
  Meeting: 'Meeting',
  MeetingAction: 'Action',
  Membership: 'Membership',
  MembershipImport: 'Membership import',
  Minutes: 'Minutes',
  MinutesComment: 'Comment on minutes',
  Paper: 'Paper',
  Person: 'Person',
  Session: 'Sign-in',
  TermsOfReference: 'Terms of reference',
} as const;

export type AuditObjectType = keyof typeof AUDIT_OBJECT_TYPE_LABELS;

export function isAuditObjectType(value: string): value is AuditObjectType {
  return Object.prototype.hasOwnProperty.call(AUDIT_OBJECT_TYPE_LABELS, value);
}
