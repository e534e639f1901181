module.exports = {
  displayName: 'web-api-client',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
