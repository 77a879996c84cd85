/**
 * Build-time HTML as a browser reads it (jsdom): what it may not hold, and its element tree for
 * comparing our renderer with react-markdown. Shared by the write-up and review HTML tests.
 */

/** Every element, attribute and URL in `html` as a browser parses it, against what a post may hold. */
export function unsafeParts(html: string): string[] {
  const box = document.createElement('div');
  box.innerHTML = html;
  const allowed = new Set(['p', 'a', 'span', 'img', 'strong', 'em', 'del', 'code', 'pre', 'ul', 'ol', 'li', 'input', 'sup', 'section', 'blockquote', 'hr', 'br', 'div', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
  const problems: string[] = [];
  const walker = document.createTreeWalker(box, 0xffffffff);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.COMMENT_NODE) problems.push(`comment <!--${(node as Comment).data}-->`);
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    const name = element.localName;
    if (!allowed.has(name)) problems.push(`element <${name}>`);
    for (const { name: attribute, value } of element.attributes) {
      if (/^on/i.test(attribute)) problems.push(`handler ${attribute} on <${name}>`);
      if (/^(href|src|action|formaction|srcset)$/i.test(attribute) && /^\s*(javascript|vbscript|data):/i.test(value)) {
        problems.push(`${attribute}="${value}" on <${name}>`);
      }
    }
  }
  return problems;
}

/**
 * The element tree a browser builds, one line per element or text, with the differences we mean
 * to have taken out: react-markdown writes `align` as a style, `"true"` for boolean data
 * attributes, task list classes and an empty title on a sanitised link; its footnote label
 * follows the notes' own heading shift, ours sits at the top level. react-router's <Link> (the
 * review page's session links) adds `data-discover` for framework mode's route discovery, which
 * our declarative router never reads.
 */
export function tree(html: string): string[] {
  const box = document.createElement('div');
  box.innerHTML = html;
  const lines: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const text = (node as Text).data.trim();
      if (text) lines.push(text);
      return;
    }
    const element = node as Element;
    if (element.id === 'footnote-label') return;
    const attributes = [...element.attributes]
      .filter(({ name, value }) => !['style', 'align', 'class', 'data-discover'].includes(name) && !(name === 'title' && value === ''))
      .map(({ name, value }) => `${name}=${name.startsWith('data-footnote') ? '' : value}`)
      .sort();
    lines.push(`<${element.localName} ${attributes.join(' ')}> ${element.className.replace(/(contains-)?task-list(-item)?/g, '').trim()}`);
    element.childNodes.forEach(walk);
  };
  box.childNodes.forEach(walk);
  return lines;
}
