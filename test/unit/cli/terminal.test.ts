import assert from 'node:assert/strict';
import { palette, progressBar, useColor, type Stream } from '../../../src/cli/terminal';

function fakeStream(isTTY: boolean): Stream & { out: string } {
  const s = {
    out: '',
    isTTY,
    columns: 60,
    write(chunk: string) {
      s.out += chunk;
      return true;
    },
  };
  return s;
}

describe('cli terminal helpers', () => {
  it('draws a progress bar only on a TTY, and clears it at the end', () => {
    const tty = fakeStream(true);
    const bar = progressBar(tty, 3);
    bar.tick('a.txt');
    bar.tick('b.txt');
    bar.tick('c.txt');
    bar.done();
    assert.match(tty.out, /\[#+-*\] 1\/3 a\.txt/);
    assert.match(tty.out, /\[#{20}\] 3\/3 c\.txt/);
    assert.ok(tty.out.endsWith('\r\u001b[K'));

    const pipe = fakeStream(false);
    const quiet = progressBar(pipe, 3);
    quiet.tick('a.txt');
    quiet.done();
    assert.equal(pipe.out, '');
  });

  it('colours only a TTY, and never with NO_COLOR', () => {
    assert.equal(useColor(fakeStream(true), {}), true);
    assert.equal(useColor(fakeStream(false), {}), false);
    assert.equal(useColor(fakeStream(true), { NO_COLOR: '1' }), false);
    assert.equal(useColor(fakeStream(false), { FORCE_COLOR: '1' }), true);
    assert.equal(useColor(fakeStream(true), { TERM: 'dumb' }), false);
    assert.equal(palette(false).red('x'), 'x');
    assert.equal(palette(true).red('x'), '\u001b[31mx\u001b[39m');
  });
});
