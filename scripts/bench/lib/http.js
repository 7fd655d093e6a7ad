/** JSON over HTTP for the setup steps (seeding, grants); the measured requests go through autocannon. */
async function api(url, method, path, { body, token, headers: extra = {} } = {}) {
  const headers = { Accept: 'application/json', ...extra };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(`${url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: res.status, body: json };
}

/** Like api(), but a status other than `expected` stops the benchmark with the answer in the message. */
async function expectStatus(expected, url, method, path, options) {
  const res = await api(url, method, path, options);
  if (res.status !== expected) throw new Error(`${method} ${path}: expected ${expected}, got ${res.status}: ${JSON.stringify(res.body).slice(0, 1000)}`);
  return res.body;
}

module.exports = { api, expectStatus };
