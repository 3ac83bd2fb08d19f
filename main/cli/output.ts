/** Where the command line writes: results to stdout, progress and problems to stderr. */
export interface Output {
  json: boolean;
  result(value: unknown, human: () => string): void;
  progress(line: string): void;
  problem(sentence: string): void;
}

export function createOutput(json: boolean, stdout: NodeJS.WriteStream = process.stdout, stderr: NodeJS.WriteStream = process.stderr): Output {
  let lastProgress = 0;
  let progressShown = false;
  const endProgress = (): void => {
    if (progressShown && stderr.isTTY) stderr.write('\n');
    progressShown = false;
  };
  return {
    json,
    result(value, human) {
      endProgress();
      stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
    },
    progress(line) {
      if (stderr.isTTY) {
        stderr.write(`\r\x1b[K${line}`);
        progressShown = true;
      } else if (Date.now() - lastProgress > 2000) {
        // Logs and pipes get a line every two seconds rather than a flood of carriage returns.
        lastProgress = Date.now();
        stderr.write(`${line}\n`);
      }
    },
    problem(sentence) {
      endProgress();
      stderr.write(`${sentence}\n`);
    },
  };
}

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '…';
  if (seconds < 60) return `${seconds} s`;
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m} min ${seconds % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
