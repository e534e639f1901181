import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access';
import { Clock } from './clock';
import { DataLoaderFactory } from './data-loader.factory';
import { GraphqlErrorFilter } from './errors';
import { TodayResolver } from './today.resolver';

/**
 * The plumbing every feature relies on: the clock (and the root field `today` that answers from
 * it), the loader factory, the access gate and the error filter. `clock` replaces the real one (tests that need a fixed day).
 */
@Global()
@Module({})
export class GraphqlInfraModule {
  static forRoot(options: { clock?: Clock } = {}): DynamicModule {
    return {
      module: GraphqlInfraModule,
      providers: [
        options.clock ? { provide: Clock, useValue: options.clock } : Clock,
        TodayResolver,
        DataLoaderFactory,
        { provide: APP_FILTER, useClass: GraphqlErrorFilter },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [Clock, DataLoaderFactory],
    };
  }
}
