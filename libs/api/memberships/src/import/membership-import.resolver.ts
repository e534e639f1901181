import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, type GraphqlContext } from '@boards/api/graphql';
import {
  MembershipImportConnection,
  MembershipImportErrorModel,
  MembershipImportModel,
  MembershipImportsArgs,
} from './membership-import.model';
import {
  MEMBERSHIP_IMPORT_ERRORS,
  MembershipImportService,
  toImportModel,
} from './membership-import.service';

/** Imports are started by uploading a file to POST /imports/memberships; here they are followed. */
@Resolver(() => MembershipImportModel)
export class MembershipImportResolver {
  constructor(private readonly imports: MembershipImportService) {}

  @Access('STAFF')
  @Query(() => MembershipImportModel, {
    nullable: true,
    description:
      'One import of memberships from a CSV file: its progress, and every problem found (secretariat only)',
  })
  async membershipImport(
    @Args('id', { type: () => ID }) id: string,
  ): Promise<MembershipImportModel | null> {
    const found = await this.imports.findById(id);
    return found ? toImportModel(found) : null;
  }

  @Access('STAFF')
  @Query(() => MembershipImportConnection, {
    description: 'Imports of memberships from CSV files, newest first (secretariat only)',
  })
  membershipImports(@Args() args: MembershipImportsArgs) {
    return this.imports.list(args);
  }

  @ResolveField(() => [MembershipImportErrorModel], {
    description: 'Every problem found, by line then column (complete once the import has finished)',
  })
  errors(
    @Parent() parent: MembershipImportModel,
    @Context() { loaders }: GraphqlContext,
  ): Promise<MembershipImportErrorModel[]> {
    return loaders.get(MEMBERSHIP_IMPORT_ERRORS).load(parent.id);
  }
}
