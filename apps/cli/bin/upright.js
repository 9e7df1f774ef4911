#!/usr/bin/env node
// The `upright` command. Sources are TypeScript; tsx loads them so `npx upright` works straight after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
