import { Args, Query, Resolver } from '@nestjs/graphql';
import { Access } from '@boards/api/graphql';
import { AuditEventConnection, AuditEventsArgs } from './audit-event.model';
import { AuditTrailService } from './audit-trail.service';

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
