export * from './open-data.module';
export * from './open-data.service';
export * from './open-data-licence';
export * from './popolo';
export * from './memberships-csv';
export * from './published-membership';
export * from './body-feed';
export * from './feeds.controller';
