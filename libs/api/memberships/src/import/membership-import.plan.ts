/**
 * What a checked import will do, as pure functions: each line that passed, as the appointment it
 * records and the names it was checked with, and that in words for the secretariat.
 */
import type { MembershipImportPlanJson } from '@boards/api/database';
import { formatLongDate } from '@boards/domain';
import { MEMBERSHIP_ROLE_LABELS } from '@boards/shared/contracts';
import type { ImportRow } from './membership-import.rows';

/** The names of the people (by id) and bodies (by id) that the lines name. */
export interface PlanNames {
  readonly personNameById: ReadonlyMap<string, string>;
  readonly bodyNameById: ReadonlyMap<string, string>;
}

/** The lines that passed, in file order, with the names the secretariat knows them by. */
export function planOf(rows: readonly ImportRow[], names: PlanNames): MembershipImportPlanJson[] {
  const name = (map: ReadonlyMap<string, string>, id: string) => map.get(id) ?? id;
  return [...rows]
    .sort((a, b) => a.line - b.line)
    .map(({ line, appointment }) => ({
      line,
      appointment,
      personName: name(names.personNameById, appointment.personId),
      bodyName: name(names.bodyNameById, appointment.bodyId),
      fromBodyName:
        appointment.fromBodyId === null ? null : name(names.bodyNameById, appointment.fromBodyId),
    }));
}

/** The lines a plan was made from, to be appointed again when it is confirmed. */
export function rowsOfPlan(plan: readonly MembershipImportPlanJson[]): ImportRow[] {
  return plan.map(({ line, appointment }) => ({ line, appointment }));
}

/**
 * "Appoint Jane Doe to the Evidence Group as Member from 1 January 2027 to 31 March 2028, on a
 * cross-seat from the Experts by Experience Board".
 */
export function describePlanned(item: MembershipImportPlanJson): string {
  const { appointment } = item;
  const until = appointment.endsOn ? ` to ${formatLongDate(appointment.endsOn)}` : '';
  const seat = item.fromBodyName ? `, on a cross-seat from the ${item.fromBodyName}` : '';
  return (
    `Appoint ${item.personName} to the ${item.bodyName} as ${MEMBERSHIP_ROLE_LABELS[appointment.role]}` +
    ` from ${formatLongDate(appointment.startsOn)}${until}${seat}`
  );
}
