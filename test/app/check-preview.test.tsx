/**
 * The check page's preview (react-markdown in the browser) renders every real write-up as its
 * built session page does (the build's HTML with the page's words filled in), compared as the
 * element trees a browser builds from both.
 */
import { render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillNotesMarks } from '../../src/app/components/notes-html.tsx';
import { NotesPreview } from '../../src/app/features/check/notes-preview.tsx';
import { ko } from '../../src/app/i18n/ko.ts';
import type { SessionFile } from '../../src/content/schema.ts';
import { tree } from '../content/html-tree.ts';
import { buildRealContent } from './real-content.ts';

let real: Awaited<ReturnType<typeof buildRealContent>>;

beforeAll(async () => {
  real = await buildRealContent();
});

describe('the check page’s preview', () => {
  it('renders every real write-up as the built session page does', () => {
    let compared = 0;
    for (const session of real.catalog.sessions) {
      const built = real.files.get(`data/sessions/${session.id}.json`) as SessionFile;
      session.writeUps.forEach((writeUp, k) => {
        if (writeUp.empty) return;
        const page = fillNotesMarks(built.session.writeUps[k]!.html, ko);
        const { container, unmount } = render(<NotesPreview markdown={writeUp.markdown} />);
        const preview = container.querySelector('.prose')!.innerHTML;
        unmount();
        expect(tree(preview), `${session.id} from ${writeUp.reviewId}`).toEqual(tree(page));
        compared++;
      });
    }
    // Every write-up with notes, 29 of the real reviews'.
    expect(compared).toBe(real.catalog.sessions.flatMap((s) => s.writeUps).filter((w) => !w.empty).length);
    expect(compared).toBeGreaterThan(20);
  });

  it.each([
    ['footnotes, their label at the top level', '### 개요\n\n[글[^1]](../x)\n\n[^1]: 주석'],
    ['a table, a task list, an unsafe link and a relative image', '| a | b |\n| :-: | - |\n| 1 | 2 |\n\n- [x] 됨\n\n[x](javascript:alert(1)) ![그림](../a.png) ![](https://e.x/i.png)'],
    ['raw HTML stays text', '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>'],
  ])('and the page’s rules: %s', async (_name, markdown) => {
    const { renderWriteUpHtml } = await import('../../src/content/html/write-up-html.ts');
    const { container, unmount } = render(<NotesPreview markdown={markdown} />);
    const preview = container.querySelector('.prose')!.innerHTML;
    unmount();
    expect(tree(preview)).toEqual(tree(fillNotesMarks(renderWriteUpHtml(markdown, false), ko)));
  });
});
