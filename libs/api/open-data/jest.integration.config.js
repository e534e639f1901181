module.exports = {
  displayName: 'api-open-data:integration',
  preset: '../../../jest.integration.preset.js',
  rootDir: __dirname,
};
