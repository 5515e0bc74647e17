// Errors the CLI reports as one line on stderr (never a stack trace).

/** Exit codes: 0 success, 1 some input failed, 2 bad usage. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
  }
}

/** A one-line description of any thrown value, for stderr. */
export function describeError(err: unknown): string {
  if (err instanceof CliError) return err.message;
  const e = err as NodeJS.ErrnoException | undefined;
  if (e && typeof e === 'object' && typeof e.code === 'string') {
    const what = e.path ? `${e.path}: ` : '';
    switch (e.code) {
      case 'ENOENT': return `${what}no such file or directory`;
      case 'EACCES':
      case 'EPERM': return `${what}permission denied`;
      case 'EISDIR': return `${what}is a directory`;
      case 'ENOTDIR': return `${what}not a directory`;
      case 'EMFILE':
      case 'ENFILE': return `${what}too many open files`;
      case 'ELOOP': return `${what}too many symbolic links`;
      default: break;
    }
  }
  const msg = err instanceof Error ? err.message : String(err);
  return (msg.split('\n')[0] || 'unknown error').trim();
}
