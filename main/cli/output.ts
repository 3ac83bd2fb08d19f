/** Where the command line writes: results to stdout, progress and problems to stderr. */
export interface Output {
  json: boolean;
  result(value: unknown, human: () => string): void;
  progress(line: string): void;
  problem(sentence: string): void;
}

/**
 * Control characters (a file name can hold ESC sequences that rewrite the terminal) and bidirectional
 * overrides (U+202E makes `gpj.exe` read as `exe.jpg`) are shown as \u{…} escapes, never acted on; line breaks
 * between lines stay. Names and values from outside reach the terminal only through here.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function visible(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u{${c.codePointAt(0)!.toString(16).padStart(4, '0')}}`);
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
      stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${visible(human())}\n`);
    },
    progress(line) {
      line = visible(line);
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
      stderr.write(`${visible(sentence)}\n`);
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
