#!/usr/bin/env node
// The published CLI runs the committed bundle (the same code the actions run); `npm run psml` runs the sources.
await import('../dist/cli/index.js');
