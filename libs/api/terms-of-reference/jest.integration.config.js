module.exports = {
  displayName: 'api-terms-of-reference:integration',
  preset: '../../../jest.integration.preset.js',
  rootDir: __dirname,
};
