module.exports = {
  displayName: 'api-database',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
