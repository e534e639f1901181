import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Loaders, type RequestLoaders } from '@boards/api/graphql';
import {
  AuditEventConnection,
  AuditEventModel,
  AuditEventsArgs,
  AuditNameModel,
} from './audit-event.model';
import { AUDIT_NAME_BY_ID, AuditTrailService, idsIn } from './audit-trail.service';

@Resolver()
export class AuditTrailResolver {
  constructor(private readonly trail: AuditTrailService) {}

  @Access('STAFF')
  @Query(() => AuditEventConnection, {
    description: 'The audit trail, newest first, with filters (secretariat and admins)',
  })
  auditEvents(@Args() args: AuditEventsArgs) {
    return this.trail.list(args);
  }
}

@Resolver(() => AuditEventModel)
export class AuditEventResolver {
  @ResolveField(() => [AuditNameModel], {
    description:
      'What the ids in this entry (its object, and ids among its values) name today; ids of things since removed are left out. One statement for a page of entries',
  })
  async names(
    @Parent() event: AuditEventModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<AuditNameModel[]> {
    const ids = idsIn(event);
    const names = await loaders.get(AUDIT_NAME_BY_ID).loadMany(ids);
    return ids.flatMap((id, index) => {
      const name = names[index];
      return typeof name === 'string' ? [{ id, name }] : [];
    });
  }
}
