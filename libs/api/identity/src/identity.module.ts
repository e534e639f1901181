import { Module, type DynamicModule } from '@nestjs/common';
import {
  ACCOUNT_LIFECYCLE_OPTIONS,
  DEFAULT_ACCOUNT_LIFECYCLE_OPTIONS,
  type AccountLifecycleOptions,
} from './account-lifecycle.options';
import { AccountLifecycleResolver } from './account-lifecycle.resolver';
import { AccountTokensService } from './account-tokens.service';
import { AccountsService } from './accounts.service';
import { AuthService } from './auth.service';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity.options';
import { IdentityResolver } from './identity.resolver';
import { InvitationsService } from './invitations.service';
import { PasswordsService } from './passwords.service';
import { SecondFactorResolver } from './second-factor.resolver';
import { SecondFactorService } from './second-factor.service';
import { SessionsService } from './sessions.service';

@Module({})
export class IdentityModule {
  static forRoot(
    options: IdentityOptions,
    lifecycle: AccountLifecycleOptions = DEFAULT_ACCOUNT_LIFECYCLE_OPTIONS,
  ): DynamicModule {
    return {
      module: IdentityModule,
      global: true,
      providers: [
        { provide: IDENTITY_OPTIONS, useValue: options },
        SessionsService,
        AuthService,
        IdentityResolver,
        { provide: ACCOUNT_LIFECYCLE_OPTIONS, useValue: lifecycle },
        AccountTokensService,
        InvitationsService,
        PasswordsService,
        AccountsService,
        AccountLifecycleResolver,
        SecondFactorService,
        SecondFactorResolver,
      ],
      exports: [IDENTITY_OPTIONS, SessionsService, AuthService],
    };
  }
}
