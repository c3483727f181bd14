// Site-internal addresses in one place, prefixed with the base path the site is served under.

export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}

export const routes = {
  home: () => '/',
  protocol: (id: string) => `/protocols/${encodeURIComponent(id)}/`,
  source: (id: string) => `/protocols/${encodeURIComponent(id)}/source/`,
  file: (id: string, path: string) => `/protocols/${encodeURIComponent(id)}/files/${path.split('/').map(encodeURIComponent).join('/')}`,
  diagnostics: () => '/diagnostics/',
  write: () => '/write/',
  diagnostic: (code: string) => `/diagnostics/${code.toLowerCase()}/`,
};
