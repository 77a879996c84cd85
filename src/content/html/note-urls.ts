/**
 * Which URLs in a review's notes can be followed from talkshelf. Shared by the build-time
 * renderer (notes-html.ts) and the review page's react-markdown components, so a post's link
 * reads the same on both pages. No dependencies: the app bundles it.
 */

/** `https://…`, `http://…` or protocol-relative `//…`: opens in a new tab. */
export function isExternalUrl(url: string | undefined): boolean {
  return !!url && /^(https?:)?\/\//i.test(url);
}

/**
 * A relative URL in a review points into its author's blog (`../images/x.png`, `/2019/post`),
 * which does not exist here; the pipeline reports it, and the page shows it as unavailable
 * rather than as a broken request. An empty URL is what sanitising leaves of `javascript:…`
 * (and of `data:`, images included: both renderers empty it before this check).
 */
export function isUnresolvableUrl(url: string | undefined): boolean {
  return !url || !(isExternalUrl(url) || /^(#|mailto:)/i.test(url));
}
