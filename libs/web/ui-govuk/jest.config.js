module.exports = {
  displayName: 'web-ui-govuk',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
