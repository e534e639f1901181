module.exports = {
  displayName: 'api-terms-of-reference',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
