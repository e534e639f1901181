import {
  AUDIT_ACTION_KIND_LABELS,
  AUDIT_ACTION_LABELS,
  auditActionKind,
  isAuditAction,
  isAuditObjectType,
  type AuditAction,
} from './audit';

describe('audit actions', () => {
  const actions = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

  it('each belongs to a kind that has words, and reads as a sentence', () => {
    for (const action of actions) {
      expect([action, AUDIT_ACTION_KIND_LABELS[auditActionKind(action)]]).toEqual([
        action,
        expect.any(String),
      ]);
      expect(AUDIT_ACTION_LABELS[action]).toMatch(/^[A-Z][^.]*[^.\s]$/);
    }
  });

  it('no two actions read the same', () => {
    const labels = Object.values(AUDIT_ACTION_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it.each([
    ['paper.withdraw', true],
    ['meeting.cancel', true],
    ['paper.', false],
    ['toString', false],
    ['__proto__', false],
  ])('knows %j: %s', (value, known) => {
    expect(isAuditAction(value)).toBe(known);
  });

  it.each([
    ['Paper', true],
    ['MembershipImport', true],
    ['paper', false],
    ['constructor', false],
  ])('knows the object type %j: %s', (value, known) => {
    expect(isAuditObjectType(value)).toBe(known);
  });
});
