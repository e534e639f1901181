export * from './terms-of-reference.module';
export * from './terms-of-reference.model';
export * from './terms-of-reference.service';
export * from './terms-of-reference-comparison';
