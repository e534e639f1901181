module.exports = {
  displayName: 'tools:integration',
  preset: '../jest.integration.preset.js',
  rootDir: __dirname,
};
