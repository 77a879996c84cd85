// Types of the vendored compiler (mdast-compiler.js): the package's own, for the one function it exports there.
import type { Root } from 'mdast';
import type { Options } from 'mdast-util-from-markdown';
import type { Event } from 'micromark-util-types';

/** mdast from a complete, postprocessed event list (what `fromMarkdown` does after its parse). */
export function compiler(options?: Options | null): (events: Event[]) => Root;
