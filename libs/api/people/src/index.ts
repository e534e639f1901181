export * from './people.module';
export * from './people.service';
export * from './person-view.service';
export * from './person.model';
export * from './people.resolver';
