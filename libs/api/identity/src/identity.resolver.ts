import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, type GraphqlContext, type RequestViewer } from '@boards/api/graphql';
import { AuthService } from './auth.service';
import { IDENTITY_OPTIONS, sessionCookieName, type IdentityOptions } from './identity.options';
import { AccountGrantEnum, MeModel, SessionModel } from './identity.models';
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

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  @Access('PUBLIC')
  @Query(() => MeModel, {
    nullable: true,
    description: 'The signed-in account; null when signed out',
  })
  me(@Context() context: GraphqlContext): MeModel | null {
    return context.viewer.kind === 'ACCOUNT' ? toMe(context.viewer) : null;
  }

  @Access('PUBLIC')
  @Mutation(() => SessionModel, {
    description:
      'Signs in. Also sets an HttpOnly session cookie; any session the client had ends (rotation).',
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
    return { token: result.token, expiresAt: result.expiresAt, me: toMe(result.viewer) };
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
