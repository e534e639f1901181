module.exports = {
  displayName: 'api-audit',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
