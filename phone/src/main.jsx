// The e-Tongban phone page: pick a service, fill its catalog form (checked by
// core's validators), add photos, and get the QR code for the kiosk.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from './api.js';
import { Done } from './Done.jsx';
import { Form } from './Form.jsx';
import { messages, text } from './messages.js';
import './style.css';

const prefs = {
  get(key, fallback) {
    try {
      return localStorage.getItem(`branchsuite.${key}`) ?? fallback;
    } catch (e) {
      return fallback;
    }
  },
  set(key, value) {
    try {
      localStorage.setItem(`branchsuite.${key}`, value);
    } catch (e) {
      /* private mode: preferences last for this visit only */
    }
  },
};

function initialLanguage() {
  const query = new URLSearchParams(location.search).get('lang');
  if (query === 'en' || query === 'zh_CN') return query;
  return prefs.get('lang', 'zh_CN');
}

function App() {
  const [lang, setLang] = useState(initialLanguage);
  const [care, setCare] = useState(() => prefs.get('care', '0') === '1');
  const [serviceId, setServiceId] = useState(() => new URLSearchParams(location.search).get('service') || '');
  const [services, setServices] = useState(null);
  const [schema, setSchema] = useState(null);
  const [failed, setFailed] = useState(false);
  const [result, setResult] = useState(null);
  const t = messages[lang];

  useEffect(() => {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.documentElement.classList.toggle('care', care);
    document.title = t.appTitle;
  }, [lang, care]);

  function load() {
    setFailed(false);
    const request = serviceId ? api.schema(serviceId) : api.services();
    request
      .then(({ status, json }) => {
        if (status !== 200) throw new Error(String(status));
        if (serviceId) setSchema(json);
        else setServices(json.services || []);
      })
      .catch(() => setFailed(true));
  }
  useEffect(load, [serviceId]);

  function choose(id) {
    setSchema(null);
    setResult(null);
    setServiceId(id);
    history.replaceState(null, '', id ? `?service=${encodeURIComponent(id)}` : location.pathname);
  }

  let body;
  if (failed) {
    body = (
      <div class="notice" role="alert">
        <p>{t.loadFailed}</p>
        <button type="button" class="button" onClick={load}>{t.retry}</button>
      </div>
    );
  } else if (result) {
    body = <Done result={result} t={t} lang={lang} onNew={() => { setResult(null); choose(''); }} />;
  } else if (serviceId && schema) {
    body = <Form schema={schema} lang={lang} care={care} t={t} onDone={setResult} onBack={() => choose('')} />;
  } else if (!serviceId && services) {
    body = (
      <section>
        <h2>{t.chooseService}</h2>
        {services.length === 0 ? <p>{t.noServices}</p> : null}
        <ul class="services">
          {services.map((s) => (
            <li><button type="button" class="service" data-service={s.id} onClick={() => choose(s.id)}>
              <span class="name">{text(s.name, lang)}</span>
              <span class="help">{text(s.description, lang)}</span>
            </button></li>
          ))}
        </ul>
      </section>
    );
  } else {
    body = <p class="loading">{t.loading}</p>;
  }

  return (
    <div class="page">
      <header class="top">
        <h1>{t.appTitle}</h1>
        <div class="switches">
          <button type="button" class="switch" id="language" aria-label={t.languageLabel}
            onClick={() => { const next = lang === 'en' ? 'zh_CN' : 'en'; prefs.set('lang', next); setLang(next); }}>
            {t.language}
          </button>
          <button type="button" class="switch" id="care" aria-pressed={care ? 'true' : 'false'}
            onClick={() => { prefs.set('care', care ? '0' : '1'); setCare(!care); }}>
            {care ? t.careOff : t.care}
          </button>
        </div>
      </header>
      <main>{body}</main>
    </div>
  );
}

const root = document.getElementById('app');
root.textContent = ''; // the static "loading" line, before the app takes over
render(<App />, root);
