module.exports = {
  displayName: 'api-people',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
