import type { Command } from '../args.ts';
import { CliError } from '../errors.ts';
export const dashboardCommand: Command = { name: 'dashboard', summary: 'todo', help: 'todo', async run() { throw new CliError('todo'); } };
