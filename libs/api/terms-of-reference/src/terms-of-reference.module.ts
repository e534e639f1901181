import { Module } from '@nestjs/common';
import { BodiesModule } from '@boards/api/bodies';
import {
  BodyTermsOfReferenceResolver,
  TermsOfReferenceResolver,
} from './terms-of-reference.resolver';
import { TermsOfReferenceService } from './terms-of-reference.service';

/** Versions of each body's terms of reference: the public history, drafts, publication, diffs. */
@Module({
  imports: [BodiesModule],
  providers: [TermsOfReferenceService, BodyTermsOfReferenceResolver, TermsOfReferenceResolver],
  exports: [TermsOfReferenceService],
})
export class TermsOfReferenceModule {}
