// What a command may touch: its output streams and environment (tests pass fakes).
import type { Stream } from './terminal';

export interface Io {
  stdout: Stream;
  stderr: Stream;
  env: NodeJS.ProcessEnv;
}
