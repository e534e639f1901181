import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Viewer, type GraphqlContext, type RequestViewer } from '@boards/api/graphql';
import { AuthService, type LoginResult } from './auth.service';
import { IDENTITY_OPTIONS, sessionCookieName, type IdentityOptions } from './identity.options';
import { AccountGrantEnum, MeModel, SessionModel } from './identity.models';
import { SecondFactorStepEnum } from './second-factor.models';
import { sessionTokenFrom } from './request-token';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

export function toMe(viewer: Extract<RequestViewer, { kind: 'ACCOUNT' }>): MeModel {
  return {
    accountId: viewer.accountId,
    personId: viewer.personId,
    fullName: viewer.fullName,
    grants: viewer.grants.map((grant) => AccountGrantEnum[grant]),
  };
}

/** A session just started, as the client sees it: `me` once signed in, else the step owed. */
export function toSessionModel(result: LoginResult): SessionModel {
  const viewer = result.viewer;
  return {
    token: result.token,
    expiresAt: result.expiresAt,
    secondFactor: viewer.kind === 'PENDING' ? SecondFactorStepEnum[viewer.step] : null,
    me: viewer.kind === 'ACCOUNT' ? toMe(viewer) : null,
  };
}

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  @Access('PUBLIC')
  @Query(() => MeModel, {
    nullable: true,
    description: 'The signed-in account; null when signed out or while a second factor is owed',
  })
  me(@Viewer() viewer: RequestViewer): MeModel | null {
    return viewer.kind === 'ACCOUNT' ? toMe(viewer) : null;
  }

  @Access('PUBLIC')
  @Mutation(() => SessionModel, {
    description:
      'Signs in. Also sets an HttpOnly session cookie; any session the client had ends (rotation). When the account owes a second factor, the session is only a step towards signing in: see Session.secondFactor.',
  })
  async login(
    @Args('email', { type: () => String }) email: string,
    @Args('password', { type: () => String }) password: string,
    @Context() context: GraphqlContext,
  ): Promise<SessionModel> {
    const cookie = sessionCookieName(this.options);
    const result = await this.auth.login({
      email,
      password,
      address: context.req.ip ?? 'unknown',
      currentToken: sessionTokenFrom(context.req, cookie),
    });
    setSessionCookie(context.res, this.options, result.token, result.expiresAt);
    context.viewer = result.viewer;
    return toSessionModel(result);
  }

  @Access('PUBLIC')
  @Mutation(() => Boolean, { description: 'Ends the current session; false when there was none' })
  async logout(@Context() context: GraphqlContext): Promise<boolean> {
    clearSessionCookie(context.res, this.options);
    const ended = await this.auth.logout(context.viewer);
    context.viewer = { kind: 'ANONYMOUS' };
    return ended;
  }
}
