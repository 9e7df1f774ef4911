// Upright service worker. The build (vite.config.ts, precachePlugin) replaces PRECACHE below with the
// list of every built file and a build id, so the whole app shell is cached on install and works
// offline. API GETs go network-first and fall back to the last answer cached, so the plan, catalogue
// and today's session open with no network.
/* global self, caches, fetch, URL */
const PRECACHE = { build: 'dev', files: [] };

const SHELL_CACHE = `upright-shell-${PRECACHE.build}`;
const API_CACHE = 'upright-api-v1';
// Answers worth having offline; fetched once the worker activates so a first visit is enough.
const WARM_API = ['/api/profile', '/api/plan', '/api/plan/check-ins', '/api/screening'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll(['./', ...PRECACHE.files]))
      .then(() => self.skipWaiting()),
  );
});

async function warmApi() {
  const cache = await caches.open(API_CACHE);
  await Promise.all(
    WARM_API.map(async (path) => {
      try {
        const response = await fetch(path, { headers: { accept: 'application/json' } });
        if (response.ok) await cache.put(path, response);
      } catch {
        // Offline or server down: the cache fills on the next visit instead.
      }
    }),
  );
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((n) => n.startsWith('upright-shell-') && n !== SHELL_CACHE).map((n) => caches.delete(n)),
      );
      await self.clients.claim();
      await warmApi();
    })(),
  );
});

function isJson(response) {
  return (response.headers.get('content-type') || '').includes('application/json');
}

async function apiNetworkFirst(request) {
  const cache = await caches.open(API_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && isJson(response)) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw error;
  }
}

async function shellCacheFirst(request) {
  const cache = await caches.open(SHELL_CACHE);
  const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

async function navigation(request) {
  try {
    const response = await fetch(request);
    const cache = await caches.open(SHELL_CACHE);
    if (response.ok) await cache.put('./', response.clone());
    return response;
  } catch (error) {
    const cached = await caches.match('./');
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/')) {
    // Downloads (export zip, original files) are never cached.
    if (url.pathname === '/api/export' || url.pathname.endsWith('/original')) return;
    event.respondWith(apiNetworkFirst(request));
  } else if (request.mode === 'navigate') {
    event.respondWith(navigation(request));
  } else {
    event.respondWith(shellCacheFirst(request));
  }
});
