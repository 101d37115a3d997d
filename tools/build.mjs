#!/usr/bin/env node
// `npm run build`: server (SWC → dist/server) and web app (Vite → dist/web).
import path from 'node:path';
import { buildServer } from './lib/build-server.mjs';
import { buildWebIfStale } from './lib/build-web.mjs';

const root = path.resolve(import.meta.dirname, '..');
const server = await buildServer();
console.log(`server: ${server.files} files in ${server.ms} ms`);
await buildWebIfStale(root, console.log, process.argv.includes('--force'));
