module.exports = {
  displayName: 'api-people:integration',
  preset: '../../../jest.integration.preset.js',
  rootDir: __dirname,
};
