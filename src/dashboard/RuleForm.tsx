import { t } from '../shared/i18n';
import { FIELDS, type Field, type Form } from './rule-fields';

/** One input per rule (a text area where alternatives go one per line), each with its errors. */
export function RuleForm({
  form,
  errors,
  onChange,
}: {
  form: Form;
  errors: Partial<Record<Field, string[]>>;
  onChange: (form: Form) => void;
}) {
  return (
    <div class="rules-form">
      {FIELDS.map(({ field, label, list, hint }) => (
        <div key={field} class="rules-field">
          <label for={`rule-${field}`}>{t(label)}</label>
          {list ? (
            <textarea
              id={`rule-${field}`}
              rows={Math.min(4, Math.max(1, form[field].split('\n').length))}
              value={form[field]}
              placeholder={hint ? t('set_rulesHintEmpty', t(hint)) : ''}
              aria-invalid={!!errors[field]}
              onInput={(e) => onChange({ ...form, [field]: e.currentTarget.value })}
            />
          ) : (
            <input
              id={`rule-${field}`}
              type="text"
              value={form[field]}
              aria-invalid={!!errors[field]}
              onInput={(e) => onChange({ ...form, [field]: e.currentTarget.value })}
            />
          )}
          {hint && <span class="muted">{t(hint)}</span>}
          {errors[field]?.map((m) => (
            <span key={m} class="error field-error" data-field-error={field}>
              {m}
            </span>
          ))}
        </div>
      ))}
    </div>
  );
}
