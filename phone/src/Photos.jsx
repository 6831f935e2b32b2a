// Photos of a document field: JPEG or PNG only, compressed on the phone to
// at most 1 MB and 2000 px before upload. Core decodes and checks them again.
import imageCompression from 'browser-image-compression';

export const MAX_ORIGINAL_MB = 20;
export const MAX_UPLOAD_BYTES = 1024 * 1024;
const accepted = ['image/jpeg', 'image/png'];

export async function preparePhoto(file) {
  if (!accepted.includes(file.type)) return { error: 'photoType' };
  if (file.size > MAX_ORIGINAL_MB * 1024 * 1024) return { error: 'photoTooLarge' };
  try {
    const blob = await imageCompression(file, {
      maxSizeMB: MAX_UPLOAD_BYTES / (1024 * 1024),
      maxWidthOrHeight: 2000,
      fileType: 'image/jpeg',
      initialQuality: 0.8,
      useWebWorker: false, // its worker loads a script from a CDN, which the page's CSP forbids
    });
    if (blob.size > MAX_UPLOAD_BYTES) return { error: 'photoTooLarge' };
    return { blob, url: URL.createObjectURL(blob) };
  } catch (e) {
    return { error: 'photoFailed' };
  }
}

export function Photos({ field, photos, t, onChange }) {
  const max = (field.checks && field.checks.maxFiles) || 1;
  const list = photos.items || [];
  async function add(event) {
    const files = Array.from(event.currentTarget.files || []);
    event.currentTarget.value = '';
    let items = list.slice();
    let error = '';
    for (const file of files) {
      if (items.length >= max) {
        error = t.photoTooMany(max);
        break;
      }
      const prepared = await preparePhoto(file);
      if (prepared.error) {
        error = prepared.error === 'photoTooLarge' ? t.photoTooLarge(MAX_ORIGINAL_MB) : t[prepared.error];
        continue;
      }
      items = items.concat([{ id: `photo-${Date.now()}-${items.length}`, blob: prepared.blob, url: prepared.url }]);
    }
    onChange({ items, error });
  }
  function remove(id) {
    onChange({ items: list.filter((p) => p.id !== id), error: '' });
  }
  return (
    <div class="photos">
      <ul class="thumbs">
        {list.map((p) => (
          <li>
            <img src={p.url} alt="" />
            <button type="button" class="remove" onClick={() => remove(p.id)}>{t.removePhoto}</button>
          </li>
        ))}
      </ul>
      {list.length < max ? (
        <label class="button secondary file">
          {t.addPhoto}
          <input type="file" accept="image/jpeg,image/png" capture="environment" multiple={max > 1}
            data-field={field.id} onChange={add} />
        </label>
      ) : null}
      <p class="help">{t.photoCount(list.length, max)}</p>
      {photos.error ? <p class="error" role="alert">{photos.error}</p> : null}
    </div>
  );
}
