export * from './read-calendar';
