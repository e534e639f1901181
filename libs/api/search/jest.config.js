module.exports = {
  displayName: 'api-search',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
