module.exports = {
  displayName: 'api-whats-new',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
