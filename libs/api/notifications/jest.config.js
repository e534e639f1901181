module.exports = {
  displayName: 'api-notifications',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
