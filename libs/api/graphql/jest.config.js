module.exports = {
  displayName: 'api-graphql',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
