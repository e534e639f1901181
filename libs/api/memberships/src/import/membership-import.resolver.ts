import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditActor, type Actor } from '@boards/api/audit';
import { Access, Loaders, type RequestLoaders } from '@boards/api/graphql';
import {
  MembershipImportChangeArgs,
  MembershipImportConnection,
  MembershipImportErrorModel,
  MembershipImportModel,
  MembershipImportPlanItemModel,
  MembershipImportsArgs,
} from './membership-import.model';
import { describePlanned } from './membership-import.plan';
import {
  MEMBERSHIP_IMPORT_ERRORS,
  MEMBERSHIP_IMPORT_PLAN,
  MembershipImportService,
  toImportModel,
} from './membership-import.service';

/**
 * Imports are started by uploading a file to POST /imports/memberships, which checks it; here
 * they are followed, and a checked one confirmed or discarded.
 */
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
    @Loaders() loaders: RequestLoaders,
  ): Promise<MembershipImportErrorModel[]> {
    return loaders.get(MEMBERSHIP_IMPORT_ERRORS).load(parent.id);
  }

  @ResolveField(() => [MembershipImportPlanItemModel], {
    description:
      'What confirming records, one membership per line in file order (empty until the file has passed its check)',
  })
  async plan(
    @Parent() parent: MembershipImportModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<MembershipImportPlanItemModel[]> {
    const plan = await loaders.get(MEMBERSHIP_IMPORT_PLAN).load(parent.id);
    return plan.map((item) => ({
      line: item.line,
      summary: describePlanned(item),
      personId: item.appointment.personId,
      personName: item.personName,
      bodyId: item.appointment.bodyId,
      bodyName: item.bodyName,
      role: item.appointment.role,
      startsOn: item.appointment.startsOn,
      endsOn: item.appointment.endsOn,
      crossSeatFrom: item.fromBodyName,
    }));
  }

  @Access('STAFF')
  @Mutation(() => MembershipImportModel, {
    description:
      'Records every membership of a CHECKED import, in one transaction, after checking them again against the memberships as they are now (secretariat only). CONFLICT if they changed so that a line is now refused (nothing is recorded and the import is FAILED, listing those lines) or if the import changed since expectedVersion; INVALID_TRANSITION if it is not CHECKED',
  })
  async confirmMembershipImport(
    @Args() { id, expectedVersion }: MembershipImportChangeArgs,
    @AuditActor() actor: Actor,
  ): Promise<MembershipImportModel> {
    return toImportModel(await this.imports.confirm(id, expectedVersion, actor));
  }

  @Access('STAFF')
  @Mutation(() => MembershipImportModel, {
    description:
      'Sets a CHECKED import aside without recording anything (secretariat only). CONFLICT if it changed since expectedVersion; INVALID_TRANSITION if it is not CHECKED',
  })
  async discardMembershipImport(
    @Args() { id, expectedVersion }: MembershipImportChangeArgs,
    @AuditActor() actor: Actor,
  ): Promise<MembershipImportModel> {
    return toImportModel(await this.imports.discard(id, expectedVersion, actor));
  }
}
