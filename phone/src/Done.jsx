// The end: the token's QR code, the short code, and the offline code behind a
// button. The QR images are drawn here from the token text core returned.
import { useEffect, useState } from 'preact/hooks';
import QRCode from 'qrcode';

function useQr(textValue) {
  const [url, setUrl] = useState('');
  useEffect(() => {
    if (!textValue) return;
    QRCode.toDataURL(textValue, { errorCorrectionLevel: 'M', margin: 4, scale: 8 })
      .then(setUrl)
      .catch(() => setUrl(''));
  }, [textValue]);
  return url;
}

function groupCode(code) {
  return (code || '').replace(/(\d{3})(?=\d)/g, '$1 ');
}

export function Done({ result, t, lang, onNew }) {
  const qr = useQr(result.token);
  const [showOffline, setShowOffline] = useState(false);
  const offlineQr = useQr(showOffline ? result.offline_token : '');
  const expires = result.expires_at
    ? new Date(result.expires_at).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' })
    : '';
  return (
    <section class="done" aria-live="polite">
      <h2>{t.doneTitle}</h2>
      <p>{t.doneHint}</p>
      <div class="qr">{qr ? <img id="token-qr" src={qr} alt={t.qrAlt} /> : null}</div>
      <p class="short-label">{t.shortCode}</p>
      <p class="short-code" id="short-code" data-code={result.short_code}>{groupCode(result.short_code)}</p>
      {expires ? <p class="help">{t.expires(expires)}</p> : null}
      {result.offline_token ? (
        <div class="offline">
          <button type="button" class="button secondary" aria-expanded={showOffline ? 'true' : 'false'}
            onClick={() => setShowOffline(!showOffline)}>
            {showOffline ? t.offlineHide : t.offlineShow}
          </button>
          {showOffline ? (
            <div>
              <p class="help">{t.offlineHint}</p>
              <div class="qr">{offlineQr ? <img id="offline-qr" src={offlineQr} alt={t.offlineQrAlt} /> : null}</div>
            </div>
          ) : null}
        </div>
      ) : null}
      <button type="button" class="button secondary" onClick={onNew}>{t.newForm}</button>
    </section>
  );
}
