module.exports = {
  displayName: 'api-calendars',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
