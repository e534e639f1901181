module.exports = {
  displayName: 'api-bodies',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
