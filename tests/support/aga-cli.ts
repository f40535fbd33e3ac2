import { execFile } from 'node:child_process';

/** What one run of the command line gave. */
export interface Run { code: number; stdout: string; stderr: string }

/** Runs `node bin/aga.mjs ...args` as a user would, with extra environment variables. */
export function aga(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/aga.mjs', ...args], { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
