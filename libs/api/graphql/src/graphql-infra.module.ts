import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access';
import { DataLoaderFactory } from './data-loader.factory';
import { GraphqlErrorFilter } from './errors';

/** The GraphQL plumbing every feature relies on: the loader factory, the access gate and the error filter. */
@Global()
@Module({
  providers: [
    DataLoaderFactory,
    { provide: APP_FILTER, useClass: GraphqlErrorFilter },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [DataLoaderFactory],
})
export class GraphqlInfraModule {}
