export * from './bodies.module';
export * from './bodies.service';
export * from './body.model';
export * from './body.args';
