import { Module, type DynamicModule } from '@nestjs/common';
import { AuthService } from './auth.service';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity.options';
import { IdentityResolver } from './identity.resolver';
import { SecondFactorResolver } from './second-factor.resolver';
import { SecondFactorService } from './second-factor.service';
import { SessionsService } from './sessions.service';

@Module({})
export class IdentityModule {
  static forRoot(options: IdentityOptions): DynamicModule {
    return {
      module: IdentityModule,
      global: true,
      providers: [
        { provide: IDENTITY_OPTIONS, useValue: options },
        SessionsService,
        AuthService,
        IdentityResolver,
        SecondFactorService,
        SecondFactorResolver,
      ],
      exports: [IDENTITY_OPTIONS, SessionsService, AuthService],
    };
  }
}
