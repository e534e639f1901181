module.exports = {
  displayName: 'api-bodies:integration',
  preset: '../../../jest.integration.preset.js',
  rootDir: __dirname,
};
