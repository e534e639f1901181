import { Global, Module } from '@nestjs/common';
import { AuditEventResolver, AuditTrailResolver } from './audit-trail.resolver';
import { AuditTrailService } from './audit-trail.service';
import { AuditService } from './audit.service';

@Global()
@Module({
  providers: [AuditService, AuditTrailService, AuditTrailResolver, AuditEventResolver],
  exports: [AuditService],
})
export class AuditModule {}
