// A service's form, one catalog page at a time, with its draft kept on the
// phone. Checks are core's: a field is checked as it is left, a page before
// the next one, the whole form (with its cross-field rules) before sending.
import { useEffect, useState } from 'preact/hooks';
import { api } from './api.js';
import { Field, isPhoneField } from './Field.jsx';
import { text } from './messages.js';

const DRAFT_HOURS = 72;

function draftKey(id) {
  return `branchsuite.draft.${id}`;
}

function loadDraft(id) {
  try {
    const draft = JSON.parse(localStorage.getItem(draftKey(id)) || 'null');
    if (draft && Date.now() - draft.savedAt < DRAFT_HOURS * 3600 * 1000) return draft.values || {};
  } catch (e) {
    /* no draft */
  }
  return null;
}

function saveDraft(id, values) {
  try {
    localStorage.setItem(draftKey(id), JSON.stringify({ savedAt: Date.now(), values }));
  } catch (e) {
    /* private mode: no draft */
  }
}

function clearDraft(id) {
  try {
    localStorage.removeItem(draftKey(id));
  } catch (e) {
    /* nothing kept */
  }
}

export function Form({ schema, lang, care, t, onDone, onBack }) {
  const pages = schema.form.pages
    .map((p) => ({ ...p, fields: p.fields.filter(isPhoneField) }))
    .filter((p) => p.fields.length > 0);
  const documentFields = pages.flatMap((p) => p.fields).filter((f) => f.type === 'document');
  const [restored] = useState(() => loadDraft(schema.id));
  const [values, setValues] = useState(restored || {});
  const [photos, setPhotos] = useState({});
  const [errors, setErrors] = useState({});
  const [pageIndex, setPageIndex] = useState(0);
  const [busy, setBusy] = useState(false);
  const [banner, setBanner] = useState(restored && Object.keys(restored).length ? t.draftRestored : '');

  useEffect(() => saveDraft(schema.id, values), [values]);
  // The form is on screen and takes input: bench/phone reads this mark.
  useEffect(() => performance.mark('phone-interactive'), []);

  // What core checks: typed text as is, and for a document the ids of the
  // photos chosen (their count and presence; the images are checked on upload).
  function checkedValues(current = values) {
    const all = { ...current };
    for (const field of documentFields) all[field.id] = ((photos[field.id] || {}).items || []).map((p) => p.id);
    return all;
  }

  async function check(only) {
    const { status, json } = await api.validate(schema.id, lang, checkedValues(), only);
    if (status !== 200) throw new Error(String(status));
    const next = { ...errors };
    for (const id of only || pages.flatMap((p) => p.fields.map((f) => f.id))) delete next[id];
    Object.assign(next, json.fields || {});
    setErrors(next);
    return json;
  }

  function leave(fieldId, value) {
    const current = { ...values, [fieldId]: value };
    api.validate(schema.id, lang, checkedValues(current), [fieldId])
      .then(({ status, json }) => {
        if (status !== 200) return;
        setErrors((old) => {
          const next = { ...old };
          delete next[fieldId];
          if (json.fields && json.fields[fieldId]) next[fieldId] = json.fields[fieldId];
          return next;
        });
      })
      .catch(() => {});
  }

  async function next() {
    const ids = pages[pageIndex].fields.map((f) => f.id);
    try {
      const json = await check(ids);
      const blocking = ids.some((id) => json.fields && json.fields[id] && !json.fields[id].warning);
      if (blocking) {
        setBanner(t.fixErrors);
        return;
      }
      setBanner('');
      setPageIndex(pageIndex + 1);
      window.scrollTo(0, 0);
    } catch (e) {
      setBanner(t.submitFailed);
    }
  }

  async function submit() {
    setBusy(true);
    setBanner('');
    try {
      const json = await check();
      if (!json.valid) {
        const firstBad = pages.findIndex((p) => p.fields.some((f) => json.fields[f.id] && !json.fields[f.id].warning));
        if (firstBad >= 0) setPageIndex(firstBad);
        setBanner(t.fixErrors);
        return;
      }
      const sent = {};
      for (const page of pages) {
        for (const field of page.fields) {
          if (field.type !== 'document' && values[field.id] !== undefined && values[field.id] !== '') sent[field.id] = values[field.id];
        }
      }
      const created = await api.createPrefill(schema.id, lang, sent);
      if (created.status === 422) {
        setErrors(created.json.fields || {});
        setBanner(t.fixErrors);
        return;
      }
      if (created.status !== 201) throw new Error(String(created.status));
      for (const field of documentFields) {
        for (const photo of (photos[field.id] || {}).items || []) {
          const uploaded = await api.uploadPhoto(created.json.reference, field.id, photo.blob);
          if (uploaded.status !== 201) {
            setBanner(t.uploadFailed);
            return;
          }
        }
      }
      clearDraft(schema.id);
      onDone(created.json);
    } catch (e) {
      setBanner(t.submitFailed);
    } finally {
      setBusy(false);
    }
  }

  const page = pages[pageIndex];
  const last = pageIndex === pages.length - 1;
  return (
    <form class="form" onSubmit={(e) => { e.preventDefault(); if (last) submit(); else next(); }} noValidate>
      <button type="button" class="link" onClick={onBack}>‹ {t.back}</button>
      <h2>{text(schema.name, lang)}</h2>
      <p class="steps">{t.pageOf(pageIndex + 1, pages.length)} · {text(page.title, lang)}</p>
      {banner ? <p class="banner" role="status">{banner}</p> : null}
      {page.fields.map((field) => (
        <Field key={field.id} field={field} value={values[field.id]} error={errors[field.id]} lang={lang} care={care} t={t}
          onInput={(v) => setValues({ ...values, [field.id]: v })}
          onLeave={(v) => leave(field.id, v)}
          photos={photos[field.id] || {}}
          onPhotos={(p) => { setPhotos({ ...photos, [field.id]: p }); }} />
      ))}
      <div class="actions">
        {pageIndex > 0 ? <button type="button" class="button secondary" onClick={() => setPageIndex(pageIndex - 1)}>{t.prev}</button> : null}
        <button type="submit" class="button" id={last ? 'submit' : 'next'} disabled={busy}>
          {busy ? t.submitting : last ? t.submit : t.next}
        </button>
      </div>
      <p class="help draft">{t.draftSaved} · <button type="button" class="link" onClick={() => { clearDraft(schema.id); setValues({}); setErrors({}); setPageIndex(0); }}>{t.clearDraft}</button></p>
    </form>
  );
}
