// Core's phone-facing API (docs/api/openapi.yaml). Same origin, no cookies.
async function call(method, path, body, contentType = 'application/json') {
  const init = { method, headers: {}, credentials: 'omit', cache: 'no-cache' };
  if (body !== undefined) {
    init.headers['Content-Type'] = contentType;
    init.body = contentType === 'application/json' ? JSON.stringify(body) : body;
  }
  const response = await fetch(path, init);
  let json = {};
  try {
    json = await response.json();
  } catch (e) {
    json = {};
  }
  return { status: response.status, json };
}

export const api = {
  services: () => call('GET', '/v1/phone/services'),
  schema: (id) => call('GET', `/v1/phone/services/${encodeURIComponent(id)}/schema`),
  validate: (id, language, values, only) =>
    call('POST', `/v1/phone/services/${encodeURIComponent(id)}/validate`, only ? { language, values, only } : { language, values }),
  createPrefill: (service, language, values) => call('POST', '/v1/prefills', { service, language, values }),
  uploadPhoto: (reference, documentId, blob) =>
    call('POST', `/v1/prefills/${encodeURIComponent(reference)}/photos?document=${encodeURIComponent(documentId)}`, blob, blob.type),
};
