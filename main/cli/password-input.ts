import { createInterface } from 'node:readline';
import { UsageError } from './args';

/** Reads all of stdin (a password piped in), without its final line break. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Asks on the terminal without echoing what is typed. */
function prompt(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const muted = rl as unknown as { _writeToOutput: (s: string) => void };
    process.stderr.write(question);
    muted._writeToOutput = () => undefined;
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

/**
 * A password for the command line: from env `SOHOA_PASSWORD` when `fromEnv`, else piped on stdin, else asked
 * for on the terminal. An empty one is a usage error.
 */
export async function readPassword(question: string, options: { fromEnv: boolean }): Promise<string> {
  const env = options.fromEnv ? process.env.SOHOA_PASSWORD : undefined;
  const password = env !== undefined ? env : process.stdin.isTTY ? await prompt(question) : await readStdin();
  if (!password) throw new UsageError(options.fromEnv ? 'No password given: set SOHOA_PASSWORD or type it when asked.' : 'No password given: pipe it on stdin or type it when asked.');
  return password;
}
