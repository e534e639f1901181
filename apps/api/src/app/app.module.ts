import path from 'node:path';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions, PUBLIC_DATA_CHANNEL } from '@boards/api/database';
import {
  type Clock,
  DataLoaderFactory,
  DateTimeScalar,
  formatGraphqlError,
  GraphqlInfraModule,
  noStorePlugin,
  PublicReadCache,
  PublicReadCacheModule,
  queryLimitsPlugin,
  variableErrorsPlugin,
  type GraphqlContext,
} from '@boards/api/graphql';
import { AuditModule } from '@boards/api/audit';
import { BodiesModule } from '@boards/api/bodies';
import { CalendarsModule } from '@boards/api/calendars';
import { MeetingsModule } from '@boards/api/meetings';
import { MembershipImportModule, MembershipsModule } from '@boards/api/memberships';
import { NotificationsModule } from '@boards/api/notifications';
import { NoticesModule } from '@boards/api/notices';
import { OpenDataModule } from '@boards/api/open-data';
import { PapersModule } from '@boards/api/papers';
import { PeopleModule } from '@boards/api/people';
import { SearchModule } from '@boards/api/search';
import { WhatsNewModule } from '@boards/api/whats-new';
import { TermsOfReferenceModule } from '@boards/api/terms-of-reference';
import {
  IdentityModule,
  SessionsService,
  sessionCookieName,
  sessionTokenFrom,
} from '@boards/api/identity';
import type { Request, Response } from 'express';
import type { Logger as TypeOrmLogger } from 'typeorm';
import {
  jobDelaySeconds,
  jobsWorker,
  mailDirectory,
  outboxIntervalSeconds,
  papersDirectory,
  publicReadCache,
  type ApiConfig,
} from '../config/env';
import { HealthController } from '../health/health.controller';

export const API_CONFIG = Symbol('API_CONFIG');

/** The committed, generated schema that the web app's typed client is built from. */
export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.gql');

export interface AppOptions {
  /** Write the generated schema here (the `schema` tool); otherwise it stays in memory. */
  schemaFile?: string;
  /** Build everything but do not connect to PostgreSQL (printing the schema needs no database). */
  connectDatabase?: boolean;
  /** Receives every SQL statement (tests count them). */
  sqlLogger?: TypeOrmLogger;
  /** The API's clock instead of the real one (tests that run on a fixed day). */
  clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot(config: ApiConfig, options: AppOptions = {}): DynamicModule {
    const identity = {
      idleTimeoutMinutes: config.SESSION_IDLE_MINUTES,
      absoluteTimeoutHours: config.SESSION_ABSOLUTE_HOURS,
      secureCookies: config.NODE_ENV === 'production',
      maxFailuresPerAccount: config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: config.LOGIN_MAX_FAILURES_PER_ADDRESS,
      throttleWindowMinutes: config.LOGIN_THROTTLE_WINDOW_MINUTES,
      totpEncryptionKey: Buffer.from(config.TOTP_ENCRYPTION_KEY, 'base64'),
      requireStaffTotp: config.REQUIRE_STAFF_TOTP,
    };
    const cookieName = sessionCookieName(identity);
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions({
            url: config.DATABASE_URL,
            logging: config.DATABASE_LOG,
            poolSize: config.DATABASE_POOL_SIZE,
          }),
          migrationsRun: config.RUN_MIGRATIONS,
          manualInitialization: options.connectDatabase === false,
          ...(options.sqlLogger ? { logger: options.sqlLogger } : {}),
        }),
        GraphqlInfraModule.forRoot(options.clock ? { clock: options.clock } : {}),
        PublicReadCacheModule.forRoot({
          // Without a database (printing the schema) there is nothing to listen to.
          enabled: options.connectDatabase !== false && publicReadCache(config),
          databaseUrl: config.DATABASE_URL,
          channel: PUBLIC_DATA_CHANNEL,
        }),
        AuditModule,
        NotificationsModule.forRoot(
          {
            transport:
              config.MAIL_TRANSPORT === 'smtp' && config.SMTP_URL
                ? { kind: 'smtp', url: config.SMTP_URL }
                : { kind: 'file', dir: mailDirectory(config) },
            from: config.MAIL_FROM,
            // Without a database (printing the schema) there is nothing to send.
            intervalSeconds: options.connectDatabase === false ? 0 : outboxIntervalSeconds(config),
          },
          {
            databaseUrl: config.DATABASE_URL,
            delaySeconds: jobDelaySeconds(config),
          },
        ),
        IdentityModule.forRoot(identity, {
          webOrigin: config.WEB_ORIGIN,
          invitationTtlHours: config.INVITATION_TTL_HOURS,
          passwordResetTtlMinutes: config.PASSWORD_RESET_TTL_MINUTES,
          resetMaxPerEmail: config.PASSWORD_RESET_MAX_PER_EMAIL,
          resetMaxPerAddress: config.PASSWORD_RESET_MAX_PER_ADDRESS,
          resetThrottleWindowMinutes: config.PASSWORD_RESET_THROTTLE_WINDOW_MINUTES,
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [DataLoaderFactory, SessionsService, PublicReadCache],
          useFactory: (
            loaders: DataLoaderFactory,
            sessions: SessionsService,
            readCache: PublicReadCache,
          ) => ({
            path: '/graphql',
            autoSchemaFile: options.schemaFile ?? true,
            sortSchema: true,
            // Dates and times are parsed strictly (Nest's default takes any string).
            buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
            playground: false,
            introspection: config.NODE_ENV !== 'production',
            csrfPrevention: true,
            allowBatchedHttpRequests: false,
            includeStacktraceInErrorResponses: false,
            formatError: formatGraphqlError,
            plugins: [
              // Apollo's cache-control plugin is on unless turned off and wraps every field's
              // resolver to gather cache hints; nothing here sets or reads them (the read cache
              // below keeps its own rules), so it is only cost. `no-store` is said instead.
              ApolloServerPluginCacheControlDisabled(),
              noStorePlugin,
              variableErrorsPlugin,
              queryLimitsPlugin({
                maxDepth: config.GRAPHQL_MAX_DEPTH,
                maxComplexity: config.GRAPHQL_MAX_COMPLEXITY,
              }),
              readCache.plugin(),
            ],
            context: async ({
              req,
              res,
            }: {
              req: Request;
              res: Response;
            }): Promise<GraphqlContext> => ({
              req,
              res,
              loaders: loaders.forRequest(),
              viewer: await sessions.viewerFor(sessionTokenFrom(req, cookieName)),
            }),
          }),
        }),
        BodiesModule,
        PeopleModule,
        MembershipsModule,
        MembershipImportModule,
        TermsOfReferenceModule,
        MeetingsModule,
        PapersModule.forRoot({
          directory: papersDirectory(config),
          maxBytes: config.PAPER_MAX_BYTES,
        }),
        SearchModule,
        WhatsNewModule,
        OpenDataModule.forRoot({ webOrigin: config.WEB_ORIGIN }),
        CalendarsModule.forRoot({ webOrigin: config.WEB_ORIGIN }),
        NoticesModule.forRoot({
          webOrigin: config.WEB_ORIGIN,
          // Without a database (printing the schema) there is nothing to work.
          worker: options.connectDatabase !== false && jobsWorker(config),
        }),
      ],
      controllers: [HealthController],
      providers: [{ provide: API_CONFIG, useValue: config }],
    };
  }
}
