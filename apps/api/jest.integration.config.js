module.exports = {
  displayName: 'api:integration',
  preset: '../../jest.integration.preset.js',
  rootDir: __dirname,
};
