// Runs the workspace's TypeScript directly in Node (API and developer tools): SWC compiles
// each file on load with decorator metadata, and the @boards/* aliases come from tsconfig.base.json.
process.env.SWC_NODE_PROJECT ??= require('node:path').join(__dirname, '..', 'tsconfig.base.json');
require('@swc-node/register');
