module.exports = {
  displayName: 'api-papers',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
