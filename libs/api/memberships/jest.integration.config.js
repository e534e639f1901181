module.exports = {
  displayName: 'api-memberships:integration',
  preset: '../../../jest.integration.preset.js',
  rootDir: __dirname,
};
