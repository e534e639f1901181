import type { EntityManager } from 'typeorm';
import { BodyEntity, TermsOfReferenceEntity } from '../entities';
import { buildTermsOfReference } from '../testing/factories';
import { DEMO_TERMS_OF_REFERENCE } from './demo-terms-of-reference';

/**
 * Gives each demo body its first published terms of reference, in force from the day the body
 * was established, unless it has terms of reference already. Published versions never change,
 * so a body that has any is left as it is.
 */
export async function seedTermsOfReference(manager: EntityManager): Promise<number> {
  let added = 0;
  for (const demo of DEMO_TERMS_OF_REFERENCE) {
    const body = await manager.findOneBy(BodyEntity, { slug: demo.body });
    if (!body) throw new Error(`Demo terms of reference name an unknown body: ${demo.body}`);
    if (await manager.existsBy(TermsOfReferenceEntity, { bodyId: body.id })) continue;
    const { quorum } = demo;
    await manager.insert(
      TermsOfReferenceEntity,
      buildTermsOfReference({
        bodyId: body.id,
        number: 1,
        status: 'PUBLISHED',
        content: demo.content,
        quorumKind: quorum.kind,
        quorumCount: quorum.kind === 'COUNT' ? quorum.count : null,
        quorumNumerator: quorum.kind === 'FRACTION' ? quorum.numerator : null,
        quorumDenominator: quorum.kind === 'FRACTION' ? quorum.denominator : null,
        meetingFrequency: demo.meetingFrequency,
        composition: demo.composition,
        effectiveFrom: body.establishedOn,
      }) as TermsOfReferenceEntity,
    );
    added += 1;
  }
  return added;
}
