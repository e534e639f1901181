module.exports = {
  displayName: 'api-memberships',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
