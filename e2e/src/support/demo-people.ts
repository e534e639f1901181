import { asSecretariat, personIdByEmail } from './api';

/**
 * The id of a demo person, asked of the API as the secretariat, so that tests can check that a
 * public page carries no trace of someone who is hidden or not named.
 */
export function demoPersonId(email: string): Promise<string> {
  return asSecretariat((token) => personIdByEmail(email, token));
}
