module.exports = {
  displayName: 'api-notifications:integration',
  preset: '../../../jest.integration.preset.js',
  rootDir: __dirname,
};
