// One catalog field as an input. Nothing here decides whether a value is
// right: that is core's validator (the kiosk's own), asked when the field is left.
import { Photos } from './Photos.jsx';
import { text } from './messages.js';

const numeric = new Set(['number', 'money', 'bank_card', 'mobile']);
const counterOnly = new Set(['signature']);

export function isPhoneField(field) {
  return !counterOnly.has(field.type) && !field.readOnly;
}

function inputMode(field) {
  if (field.type === 'money') return 'decimal';
  return numeric.has(field.type) ? 'numeric' : 'text';
}

function autoComplete(field) {
  if (field.type === 'mobile') return 'tel';
  return 'off';
}

export function Field({ field, value, error, lang, care, t, onInput, onLeave, photos, onPhotos }) {
  const id = `f-${field.id}`;
  const label = care && field.careLabel ? text(field.careLabel, lang) : text(field.label, lang);
  const errorId = `${id}-error`;
  const helpId = `${id}-help`;
  const describedBy = [field.help ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: field.id,
    'aria-invalid': error && !error.warning ? 'true' : 'false',
    'aria-describedby': describedBy,
    'aria-required': field.required ? 'true' : 'false',
  };
  let control;
  const checks = field.checks || {};
  if (field.type === 'enum') {
    control = (
      <div class="options" role="radiogroup" aria-labelledby={`${id}-label`}>
        {(checks.options || []).map((option) => (
          <button type="button" role="radio" aria-checked={value === option.value ? 'true' : 'false'}
            class={value === option.value ? 'option chosen' : 'option'} data-value={option.value}
            onClick={() => { onInput(option.value); onLeave(option.value); }}>
            {text(option.label, lang)}
          </button>
        ))}
      </div>
    );
  } else if (field.type === 'consent') {
    control = (
      <label class="consent">
        <input type="checkbox" {...common} checked={value === 'true'}
          onChange={(e) => { const v = e.currentTarget.checked ? 'true' : 'false'; onInput(v); onLeave(v); }} />
        <span>{t.consentYes}</span>
      </label>
    );
  } else if (field.type === 'date') {
    control = (
      <input type={checks.precision === 'month' ? 'month' : 'date'} {...common} value={value || ''}
        onInput={(e) => onInput(e.currentTarget.value)} onBlur={(e) => onLeave(e.currentTarget.value)} />
    );
  } else if (field.type === 'document') {
    control = <Photos field={field} photos={photos} t={t} onChange={onPhotos} />;
  } else if (counterOnly.has(field.type) || field.readOnly) {
    control = <p class="counter-only">{t.atCounter}</p>;
  } else if (field.type === 'text' && !checks.pattern && (checks.maxLength || 0) > 100) {
    control = (
      <textarea {...common} rows="3" value={value || ''}
        onInput={(e) => onInput(e.currentTarget.value)} onBlur={(e) => onLeave(e.currentTarget.value)} />
    );
  } else {
    control = (
      <input type="text" {...common} inputMode={inputMode(field)} autoComplete={autoComplete(field)}
        autoCapitalize={field.type === 'text' || field.type === 'address' ? 'sentences' : 'characters'}
        spellcheck={false} value={value || ''}
        onInput={(e) => onInput(e.currentTarget.value)} onBlur={(e) => onLeave(e.currentTarget.value)} />
    );
  }
  return (
    <div class={error && !error.warning ? 'field invalid' : 'field'} data-field={field.id}>
      <label id={`${id}-label`} for={field.type === 'enum' ? undefined : id} class="label">
        {label}
        {field.type === 'money' && !checks.currencyField ? <span class="unit">{t.unit(checks.currency || 'CNY')}</span> : null}
        <span class={field.required ? 'tag required' : 'tag'}>{field.required ? t.required : t.optional}</span>
      </label>
      {field.help && !care ? <p id={helpId} class="help">{text(field.help, lang)}</p> : null}
      {control}
      {error ? <p id={errorId} class={error.warning ? 'error warning' : 'error'} role="alert">{error.message}</p> : null}
    </div>
  );
}
