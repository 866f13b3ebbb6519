#!/usr/bin/env node
// The `hearth` command. Hearth is written in TypeScript and run through tsx, so this small
// JavaScript entry point registers tsx and hands over to the CLI proper.
import { register } from 'tsx/esm/api';

register();
await import('./hearth-cli.ts');
