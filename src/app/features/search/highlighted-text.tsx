import type { Highlighted } from '../../../search/highlight.ts';
import { splitHighlighted } from '../../../search/highlight.ts';

/** Text with its matches in <mark>: text nodes only, since review text is untrusted. */
export function HighlightedText({ value }: { value: Highlighted }) {
  return (
    <>
      {splitHighlighted(value).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}
    </>
  );
}
