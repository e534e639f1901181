import { Module } from '@nestjs/common';
import { MembershipsModule } from '../memberships.module';
import { MembershipImportController } from './membership-import.controller';
import { MembershipImportResolver } from './membership-import.resolver';
import { MembershipImportService } from './membership-import.service';

/**
 * Importing memberships from CSV files: the upload (a REST endpoint, since the file is larger
 * than a GraphQL request may be), the background work, and the queries that follow it.
 */
@Module({
  imports: [MembershipsModule],
  controllers: [MembershipImportController],
  providers: [MembershipImportService, MembershipImportResolver],
  exports: [MembershipImportService],
})
export class MembershipImportModule {}
