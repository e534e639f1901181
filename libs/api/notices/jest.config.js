module.exports = {
  displayName: 'api-notices',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
