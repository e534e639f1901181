module.exports = {
  displayName: 'api-meetings',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
