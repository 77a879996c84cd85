/**
 * Each edition's hue, from its id alone, so it is the same on the build machine and in every
 * browser whatever the locale: the year in the id steps round the colour wheel by the golden
 * angle (consecutive years land far apart: 2018 335°, 2019 113°, 2024 36°), and the rest of the
 * id (a series: `deview-2023`) turns it further by a hash of its characters (FNV-1a). Used as
 * `--edition-hue`; tokens.css turns it into a colour for light and dark.
 */
export function editionHue(id: string): number {
  const year = Number(/(\d{4})$/.exec(id)?.[1] ?? 0);
  const rest = id.replace(/-?\d{4}$/, '');
  let hash = 0x811c9dc5;
  for (let i = 0; i < rest.length; i++) {
    hash ^= rest.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return Math.round(year * 137.508 + (rest ? hash % 360 : 0)) % 360;
}

/** The style that gives an element (and what it contains) an edition's colour. */
export function editionStyle(id: string): React.CSSProperties {
  return { '--edition-hue': editionHue(id) } as React.CSSProperties;
}
