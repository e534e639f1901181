import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Access,
  requireSignedIn,
  SignedIn,
  type GraphqlContext,
  type SignedInViewer,
} from '@boards/api/graphql';
import { AccountsService } from './accounts.service';
import {
  AccountTokenPurposeEnum,
  AccountTokenStatusEnum,
  InvitationModel,
  InvitationStatusEnum,
} from './account-lifecycle.models';
import { AccountTokensService } from './account-tokens.service';
import { SessionModel } from './identity.models';
import { IDENTITY_OPTIONS, sessionCookieName, type IdentityOptions } from './identity.options';
import { toSessionModel } from './identity.resolver';
import { InvitationsService, type Invitation } from './invitations.service';
import { PasswordsService } from './passwords.service';
import { sessionTokenFrom } from './request-token';
import { setSessionCookie } from './session-cookie';

function toModel(invitation: Invitation): InvitationModel {
  return {
    id: invitation.id,
    personId: invitation.personId,
    fullName: invitation.fullName,
    email: invitation.email,
    sentAt: invitation.sentAt,
    expiresAt: invitation.expiresAt,
    acceptedAt: invitation.acceptedAt,
    status: InvitationStatusEnum[invitation.status],
  };
}

const clientAddress = (context: GraphqlContext) => context.req.ip ?? 'unknown';

/** Invitations, password resets and changes, and disabling accounts. */
@Resolver()
export class AccountLifecycleResolver {
  constructor(
    private readonly invitationsService: InvitationsService,
    private readonly passwords: PasswordsService,
    private readonly accounts: AccountsService,
    private readonly tokens: AccountTokensService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  @Access('STAFF')
  @Mutation(() => InvitationModel, {
    description:
      'Emails a person a link to set a password and sign in, creating their account if they have none. A newer invitation replaces any open one.',
  })
  async invitePerson(
    @Args('personId', { type: () => ID }) personId: string,
    @SignedIn() who: SignedInViewer,
  ): Promise<InvitationModel> {
    return toModel(await this.invitationsService.invite(who, personId));
  }

  @Access('STAFF')
  @Query(() => [InvitationModel], { description: 'Invitations, newest first' })
  async invitations(
    @Args('status', {
      type: () => InvitationStatusEnum,
      nullable: true,
      description: 'Only those with this status',
    })
    status: InvitationStatusEnum | null | undefined,
  ): Promise<InvitationModel[]> {
    return (await this.invitationsService.list(status ?? undefined)).map(toModel);
  }

  @Access('STAFF')
  @Mutation(() => InvitationModel, { description: 'Stops an invitation’s link working' })
  async revokeInvitation(
    @Args('id', { type: () => ID }) id: string,
    @SignedIn() who: SignedInViewer,
  ): Promise<InvitationModel> {
    return toModel(await this.invitationsService.revoke(who, id));
  }

  @Access('PUBLIC')
  @Query(() => AccountTokenStatusEnum, {
    description:
      'Whether an emailed link can still be used, so its page can say so before asking for a password',
  })
  async accountTokenStatus(
    @Args('token', { type: () => String }) token: string,
    @Args('purpose', { type: () => AccountTokenPurposeEnum }) purpose: AccountTokenPurposeEnum,
  ): Promise<AccountTokenStatusEnum> {
    return (await this.tokens.find(token, purpose))
      ? AccountTokenStatusEnum.VALID
      : AccountTokenStatusEnum.INVALID;
  }

  @Access('PUBLIC')
  @Mutation(() => SessionModel, {
    description:
      'Accepts an invitation: sets the password and signs in (with an HttpOnly session cookie, like login)',
  })
  async acceptInvitation(
    @Args('token', { type: () => String }) token: string,
    @Args('password', { type: () => String }) password: string,
    @Context() context: GraphqlContext,
  ): Promise<SessionModel> {
    const result = await this.invitationsService.accept({
      token,
      password,
      currentToken: sessionTokenFrom(context.req, sessionCookieName(this.options)),
    });
    setSessionCookie(context.res, this.options, result.token, result.expiresAt);
    context.viewer = result.viewer;
    return toSessionModel(result);
  }

  @Access('PUBLIC')
  @Mutation(() => Boolean, {
    description:
      'Emails a password reset link if the address belongs to an account. Always true, so that it does not tell who has an account',
  })
  async requestPasswordReset(
    @Args('email', { type: () => String }) email: string,
    @Context() context: GraphqlContext,
  ): Promise<boolean> {
    return this.passwords.requestReset({ email, address: clientAddress(context) });
  }

  @Access('PUBLIC')
  @Mutation(() => Boolean, {
    description: 'Sets a new password with a reset link; every session of the account ends',
  })
  async resetPassword(
    @Args('token', { type: () => String }) token: string,
    @Args('password', { type: () => String }) password: string,
  ): Promise<boolean> {
    return this.passwords.resetPassword({ token, password });
  }

  @Access('SIGNED_IN')
  @Mutation(() => Boolean, {
    description: 'Changes your password; your other sessions end, this one goes on',
  })
  async changePassword(
    @Args('currentPassword', { type: () => String }) currentPassword: string,
    @Args('newPassword', { type: () => String }) newPassword: string,
    @Context() context: GraphqlContext,
  ): Promise<boolean> {
    return this.passwords.changePassword(requireSignedIn(context.viewer), {
      currentPassword,
      newPassword,
      address: clientAddress(context),
    });
  }

  @Access('STAFF')
  @Mutation(() => Boolean, {
    description:
      'Disables a person’s account (its sessions end at once and its emailed links stop working), or enables it again',
  })
  async setAccountDisabled(
    @Args('personId', { type: () => ID }) personId: string,
    @Args('disabled', { type: () => Boolean }) disabled: boolean,
    @SignedIn() who: SignedInViewer,
  ): Promise<boolean> {
    return this.accounts.setDisabled(who, personId, disabled);
  }
}
