module.exports = {
  displayName: 'api-database:integration',
  preset: '../../../jest.integration.preset.js',
  rootDir: __dirname,
};
