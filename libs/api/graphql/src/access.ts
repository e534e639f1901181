import {
  createParamDecorator,
  Injectable,
  SetMetadata,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { DomainError } from '@boards/domain';
import type { RequestLoaders } from './data-loader.factory';
import type { GraphqlContext, RequestViewer } from './graphql-context';

/**
 * Who may run a query or mutation at all. Per-object and per-field checks come on top, in the
 * services and field resolvers; this is the first gate.
 *
 * - PUBLIC: anyone, signed in or not.
 * - SIGNED_IN: any signed-in account (what it may see is then decided per object).
 * - STAFF: the secretariat (and admins, who hold every staff right).
 * - ADMIN: admins only.
 * - SECOND_FACTOR: a session still owed a second factor, or a signed-in account (the steps of
 *   entering or setting up a code).
 */
export const ACCESS_LEVELS = ['PUBLIC', 'SIGNED_IN', 'STAFF', 'ADMIN', 'SECOND_FACTOR'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

const ACCESS_KEY = 'boards:access';

/** Declares who may run this query or mutation. One without it is refused to everybody. */
export const Access = (level: AccessLevel) => SetMetadata(ACCESS_KEY, level);

export type SignedInViewer = Extract<RequestViewer, { kind: 'ACCOUNT' }>;

export function isSignedIn(viewer: RequestViewer): viewer is SignedInViewer {
  return viewer.kind === 'ACCOUNT';
}

/** The secretariat, or an admin. */
export function isStaff(viewer: RequestViewer): boolean {
  return (
    viewer.kind === 'ACCOUNT' &&
    (viewer.grants.includes('SECRETARIAT') || viewer.grants.includes('ADMIN'))
  );
}

export function isAdmin(viewer: RequestViewer): boolean {
  return viewer.kind === 'ACCOUNT' && viewer.grants.includes('ADMIN');
}

const UNAUTHENTICATED = () => new DomainError('UNAUTHENTICATED', 'Sign in to do that');
const FORBIDDEN = () => new DomainError('FORBIDDEN', 'You do not have permission to do that');

/** Throws UNAUTHENTICATED or FORBIDDEN unless `viewer` meets `level`. */
export function assertAccess(viewer: RequestViewer, level: AccessLevel): void {
  switch (level) {
    case 'PUBLIC':
      return;
    case 'SECOND_FACTOR':
      if (viewer.kind === 'ANONYMOUS') throw UNAUTHENTICATED();
      return;
    case 'SIGNED_IN':
      if (!isSignedIn(viewer)) throw UNAUTHENTICATED();
      return;
    case 'STAFF':
      if (!isSignedIn(viewer)) throw UNAUTHENTICATED();
      if (!isStaff(viewer)) throw FORBIDDEN();
      return;
    case 'ADMIN':
      if (!isSignedIn(viewer)) throw UNAUTHENTICATED();
      if (!isAdmin(viewer)) throw FORBIDDEN();
      return;
    default:
      throw FORBIDDEN();
  }
}

/** Throws unless the viewer is signed in; returns the signed-in viewer. */
export function requireSignedIn(viewer: RequestViewer): SignedInViewer {
  assertAccess(viewer, 'SIGNED_IN');
  return viewer as SignedInViewer;
}

/**
 * The global first gate for GraphQL: every query and mutation must declare its access level
 * with @Access, and a request that does not meet it is refused before the resolver runs.
 * Fails closed: an operation that declares nothing is refused to everybody. Field resolvers
 * and HTTP routes are not its business.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const level = this.reflector.getAllAndOverride<AccessLevel | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const { viewer } = graphqlContextOf(context);
    if (level === undefined) {
      throw new DomainError('FORBIDDEN', 'This operation has no access rule, so nobody may run it');
    }
    assertAccess(viewer, level);
    return true;
  }
}

/** The GraphQL context of a resolver call. */
function graphqlContextOf(context: ExecutionContext): GraphqlContext {
  return GqlExecutionContext.create(context).getContext<GraphqlContext>();
}

/** A resolver parameter: who is asking (anyone, signed in or not). */
export const Viewer = createParamDecorator(
  (_: unknown, context: ExecutionContext): RequestViewer => graphqlContextOf(context).viewer,
);

/**
 * A resolver parameter: the signed-in account asking; UNAUTHENTICATED for anyone else (the
 * operation's @Access level has normally refused them already).
 */
export const SignedIn = createParamDecorator((_: unknown, context: ExecutionContext) =>
  signedInOf(context),
);

/** The signed-in account making a resolver call; UNAUTHENTICATED for anyone else. */
export function signedInOf(context: ExecutionContext): SignedInViewer {
  return requireSignedIn(graphqlContextOf(context).viewer);
}

/** A resolver parameter: the request's batch loaders. */
export const Loaders = createParamDecorator(
  (_: unknown, context: ExecutionContext): RequestLoaders => graphqlContextOf(context).loaders,
);
