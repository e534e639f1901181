module.exports = {
  displayName: 'api-open-data',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
