// Terminal output helpers: colour only for a TTY without NO_COLOR, and a progress bar that only
// ever draws on an interactive stderr.

export interface Stream {
  write(chunk: string): boolean;
  once?(event: 'drain', listener: () => void): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Writes and, when the stream's buffer is full, waits for it to drain: keeps batch output from piling up in memory. */
export async function writeWithBackpressure(stream: Stream, chunk: string): Promise<void> {
  if (!stream.write(chunk) && stream.once) await new Promise<void>((resolve) => stream.once!('drain', resolve));
}

export interface Palette {
  bold(s: string): string;
  dim(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  magenta(s: string): string;
  red(s: string): string;
}

/** https://no-color.org: any non-empty NO_COLOR disables colour; FORCE_COLOR=0 too. */
export function useColor(stream: Stream, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return !!stream.isTTY && env.TERM !== 'dumb';
}

export function palette(color: boolean): Palette {
  const wrap = (open: number, close: number) => (s: string) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    cyan: wrap(36, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    magenta: wrap(35, 39),
    red: wrap(31, 39),
  };
}

export interface Progress {
  tick(label: string): void;
  done(): void;
}

const NO_PROGRESS: Progress = { tick() {}, done() {} };

/** A one-line progress bar on an interactive stderr, redrawn at most every 50 ms. */
export function progressBar(stream: Stream, total: number): Progress {
  if (!stream.isTTY || total < 2) return NO_PROGRESS;
  let n = 0;
  let lastDraw = 0;
  let drawn = false;
  const draw = (label: string) => {
    const width = Math.max(40, Math.min(stream.columns || 80, 120));
    const barWidth = Math.max(10, Math.floor(width / 3));
    const filled = Math.round((n / total) * barWidth);
    const head = `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${n}/${total} `;
    const room = width - head.length - 1;
    const tail = label.length > room ? '…' + label.slice(label.length - room + 1) : label;
    stream.write(`\r${head}${room > 1 ? tail : ''}\u001b[K`);
    drawn = true;
  };
  return {
    tick(label: string) {
      n++;
      const now = Date.now();
      if (n === total || now - lastDraw >= 50) {
        lastDraw = now;
        draw(label);
      }
    },
    done() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}
