export * from './paper-content-type';
export * from './paper-storage';
export * from './file-system-paper-storage';
