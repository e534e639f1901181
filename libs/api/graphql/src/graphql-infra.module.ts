import { Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { DataLoaderFactory } from './data-loader.factory';
import { GraphqlErrorFilter } from './errors';

/** The GraphQL plumbing every feature relies on: the loader factory and the error filter. */
@Global()
@Module({
  providers: [DataLoaderFactory, { provide: APP_FILTER, useClass: GraphqlErrorFilter }],
  exports: [DataLoaderFactory],
})
export class GraphqlInfraModule {}
