import { useEffect, useState } from 'react';

/**
 * A small path router: the studio lives below the server's <base> (e.g. /studio/), and its pages are paths under it
 * (`designer/service-request`, `instances/<id>`). The server answers every such path with the studio's page.
 */
function basePath(): string {
  return new URL(document.baseURI).pathname.replace(/\/?$/, '/');
}

/** The current route relative to the studio's base, without leading slash ('' for the home page). */
export function currentRoute(): string {
  const path = window.location.pathname;
  const base = basePath();
  return path.startsWith(base) ? decodeURI(path.slice(base.length)) : '';
}

export function navigate(route: string): void {
  const target = basePath() + route.replace(/^\//, '');
  if (target !== window.location.pathname + window.location.search) window.history.pushState(null, '', target);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function useRoute(): string {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const update = () => setRoute(currentRoute());
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return route;
}

/** The route split at slashes: `instances/42` → ['instances', '42']. */
export function routeParts(route: string): string[] {
  return route.split('?')[0].split('/').filter(Boolean);
}
