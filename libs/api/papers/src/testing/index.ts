export * from './paper-fixtures';
