module.exports = {
  displayName: 'api-audit:integration',
  preset: '../../../jest.integration.preset.js',
  rootDir: __dirname,
};
