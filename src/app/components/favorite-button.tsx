import { toggleFavorite, useIsFavorite } from '../data/favorites.ts';
import { useMessages } from '../i18n/i18n.ts';

/** The star: a toggle button named after the session, so a list of stars stays tellable apart. */
export function FavoriteButton({ id, title }: { id: string; title: string }) {
  const t = useMessages();
  const starred = useIsFavorite(id);
  return (
    <button
      type="button"
      className="favorite-button"
      aria-pressed={starred}
      aria-label={t.favoriteLabel(title)}
      title={t.favoriteLabel(title)}
      onClick={() => toggleFavorite(id)}
    >
      <span aria-hidden="true">{starred ? '★' : '☆'}</span>
    </button>
  );
}
