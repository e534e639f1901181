import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Access,
  requireSignedIn,
  Viewer,
  type GraphqlContext,
  type RequestViewer,
} from '@boards/api/graphql';
import type { LoginResult } from './auth.service';
import { MeModel, SessionModel } from './identity.models';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity.options';
import { toSessionModel } from './identity.resolver';
import { TotpSetupModel } from './second-factor.models';
import { SecondFactorService } from './second-factor.service';
import { setSessionCookie } from './session-cookie';

@Resolver(() => MeModel)
export class SecondFactorResolver {
  constructor(
    private readonly secondFactor: SecondFactorService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  @ResolveField('totpEnabled', () => Boolean, {
    description: 'Whether signing in asks for a code from an authenticator app',
  })
  totpEnabled(@Parent() me: MeModel): Promise<boolean> {
    return this.secondFactor.isEnabled(me.accountId);
  }

  @Access('SECOND_FACTOR')
  @Mutation(() => SessionModel, {
    description:
      'Finishes signing in with the code from the authenticator app, when the session owes one (secondFactor TOTP). Starts a new session (a new token and cookie) in place of the pending one. Wrong codes count as failed sign-ins.',
  })
  async verifySecondFactor(
    @Args('code', { type: () => String, description: 'Six digits; spaces are ignored' })
    code: string,
    @Context() context: GraphqlContext,
  ): Promise<SessionModel> {
    const result = await this.secondFactor.verify(context.viewer, {
      code,
      address: context.req.ip ?? 'unknown',
    });
    return this.signedIn(context, result);
  }

  @Access('SECOND_FACTOR')
  @Mutation(() => TotpSetupModel, {
    description:
      'Starts setting up an authenticator app: a new secret to scan or type in, kept until confirmTotpSetup. For a signed-in account, or a session that owes TOTP_SETUP.',
  })
  beginTotpSetup(@Viewer() viewer: RequestViewer): Promise<TotpSetupModel> {
    return this.secondFactor.beginSetup(viewer);
  }

  @Access('SECOND_FACTOR')
  @Mutation(() => SessionModel, {
    description:
      'Confirms the authenticator app with a code it shows: from now on signing in asks for a code. Starts a new session (a new token and cookie) and ends the account’s other sessions.',
  })
  async confirmTotpSetup(
    @Args('code', { type: () => String, description: 'Six digits; spaces are ignored' })
    code: string,
    @Context() context: GraphqlContext,
  ): Promise<SessionModel> {
    const result = await this.secondFactor.confirmSetup(context.viewer, {
      code,
      address: context.req.ip ?? 'unknown',
    });
    return this.signedIn(context, result);
  }

  @Access('SIGNED_IN')
  @Mutation(() => Boolean, {
    description:
      'Turns off the authenticator app after checking the password; false when it was not on. Refused for secretariat and admin accounts while they must have one.',
  })
  disableTotp(
    @Args('password', { type: () => String }) password: string,
    @Context() context: GraphqlContext,
  ): Promise<boolean> {
    return this.secondFactor.disable(requireSignedIn(context.viewer), {
      password,
      address: context.req.ip ?? 'unknown',
    });
  }

  private signedIn(context: GraphqlContext, result: LoginResult): SessionModel {
    setSessionCookie(context.res, this.options, result.token, result.expiresAt);
    context.viewer = result.viewer;
    return toSessionModel(result);
  }
}
