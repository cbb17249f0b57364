#!/usr/bin/env node
// codegen:check — regenerates the resolver types into a temporary file and fails when the
// committed src/api/generated/resolvers-types.ts differs (run `npm run codegen` to update it).
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const committed = path.join(root, 'src', 'api', 'generated', 'resolvers-types.ts');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-codegen-'));
const out = path.join(dir, 'resolvers-types.ts');
try {
  execFileSync(process.execPath, [path.join(root, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'), '--config', 'codegen.ts', '--silent'], {
    cwd: root,
    env: { ...process.env, CODEGEN_OUT: out },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const fresh = fs.readFileSync(out, 'utf8');
  const current = fs.existsSync(committed) ? fs.readFileSync(committed, 'utf8') : '';
  if (fresh !== current) {
    console.error('codegen:check: src/api/generated/resolvers-types.ts is out of date with schema/*.graphql; run `npm run codegen`.');
    process.exit(1);
  }
  console.log('codegen:check: resolver types match the schema.');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
