module.exports = {
  displayName: 'api-meetings:integration',
  preset: '../../../jest.integration.preset.js',
  rootDir: __dirname,
};
