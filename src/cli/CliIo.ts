/** Where a command writes: results to `out`, progress and messages to `err`. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when `err` is an interactive terminal (progress bar instead of lines). */
  errIsTty: boolean;
  stdin: NodeJS.ReadableStream;
}

/** The process's own streams. */
export function processIo(): CliIo {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    errIsTty: process.stderr.isTTY === true,
    stdin: process.stdin,
  };
}
