const KEY = 'ikg-edit-token';

/**
 * The edit token `ikg serve --edit` printed in the page URL (`?edit=…`): kept for this tab in sessionStorage and
 * taken out of the address bar at once, so that a shared or bookmarked URL never carries it.
 */
export function takeEditToken(): string | undefined {
  const url = new URL(location.href);
  const given = url.searchParams.get('edit');
  if (given) {
    sessionStorage.setItem(KEY, given);
    url.searchParams.delete('edit');
    history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }
  return given ?? sessionStorage.getItem(KEY) ?? undefined;
}
