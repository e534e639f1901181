export * from './search.model';
export * from './search.service';
export * from './search.resolver';
export * from './search.module';
