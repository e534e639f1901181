import type { OwnBody, OwnData, OwnPerson } from './own-data';

/**
 * A board and a group of the test's own, as the review's are: two of the board's members sit on
 * the group in cross-seats, which its rule asks for (two, no more), and the group has a chair.
 * Cross-seating journeys change these, never the demo bodies that other tests read.
 */
export interface CrossSeatedBodies {
  readonly board: OwnBody;
  readonly group: OwnBody;
  readonly chair: OwnPerson;
  /** The board's members in the group's cross-seats. */
  readonly crossSeated: readonly [OwnPerson, OwnPerson];
}

export async function crossSeatedBodies(own: OwnData): Promise<CrossSeatedBodies> {
  const board = await own.body('Lived Experience Board', 'BOARD');
  const group = await own.body('Research Group', 'GROUP');
  await own.crossSeats(board, group, 2);
  const chair = await own.person({ name: 'Priya Nair', affiliation: 'Eastbrook University' });
  await own.appoint(chair, group, { role: 'CHAIR' });
  const crossSeated: OwnPerson[] = [];
  for (const name of ['Leah Ward', 'Callum Reid']) {
    const member = await own.person({ name, livedExperience: true });
    await own.appoint(member, board);
    await own.appoint(member, group, { fromBody: board });
    crossSeated.push(member);
  }
  return { board, group, chair, crossSeated: [crossSeated[0], crossSeated[1]] };
}
