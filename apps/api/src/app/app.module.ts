import path from 'node:path';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from '@boards/api/database';
import {
  DataLoaderFactory,
  formatGraphqlError,
  GraphqlInfraModule,
  queryLimitsPlugin,
  type GraphqlContext,
} from '@boards/api/graphql';
import { BodiesModule } from '@boards/api/bodies';
import type { Request, Response } from 'express';
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { ApiConfig } from '../config/env';
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
}

@Module({})
export class AppModule {
  static forRoot(config: ApiConfig, options: AppOptions = {}): DynamicModule {
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
        GraphqlInfraModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [DataLoaderFactory],
          useFactory: (loaders: DataLoaderFactory) => ({
            path: '/graphql',
            autoSchemaFile: options.schemaFile ?? true,
            sortSchema: true,
            playground: false,
            introspection: config.NODE_ENV !== 'production',
            csrfPrevention: true,
            allowBatchedHttpRequests: false,
            includeStacktraceInErrorResponses: false,
            formatError: formatGraphqlError,
            plugins: [
              queryLimitsPlugin({
                maxDepth: config.GRAPHQL_MAX_DEPTH,
                maxComplexity: config.GRAPHQL_MAX_COMPLEXITY,
              }),
            ],
            context: ({ req, res }: { req: Request; res: Response }): GraphqlContext => ({
              req,
              res,
              loaders: loaders.forRequest(),
            }),
          }),
        }),
        BodiesModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: API_CONFIG, useValue: config }],
    };
  }
}
