export * from './paper-content-type';
