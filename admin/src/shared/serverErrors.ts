import { HttpError } from 'react-admin';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Flattens `{ lines: { 0: { quantity: "app.validation.positive" } } }` into `[["lines.0.quantity", key]]`. */
export const flattenErrors = (errors: unknown, prefix = ''): Array<[string, string]> => {
  if (!errors || typeof errors !== 'object') return [];
  return Object.entries(errors as Record<string, unknown>).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flattenErrors(value, `${prefix}${key}.`),
  );
};

/**
 * The text to show for a failed call: the server's field messages (translated) for a 422, otherwise
 * the message the data provider already made readable (the server's French text on 409).
 */
export const errorText = (error: unknown, translate: Translate): string => {
  if (error instanceof HttpError) {
    const body = error.body as { errors?: unknown } | undefined;
    const fields = flattenErrors(body?.errors);
    if (error.status === 422 && fields.length > 0) {
      const texts = [...new Set(fields.map(([, key]) => translate(key, { _: key })))];
      return texts.join(' · ');
    }
    return translate(error.message, { _: error.message });
  }
  if (error instanceof Error && error.message) return translate(error.message, { _: error.message });
  return translate('ra.notification.http_error');
};

/** Errors of one field path in a 422 body, e.g. errorAt(body, 'lines.2.quantity'). */
export const errorAt = (errors: unknown, path: string): string | undefined => {
  let node: unknown = errors;
  for (const part of path.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
};

/**
 * A failed call as a form shows it: a 422's field errors (translated) under the form's fields, and
 * the text for a refusal that concerns none of them. `fields`: the fields, named as the server names
 * them, or a map from the server's path to the form's field (a later path wins on the same field).
 */
export const serverFieldErrors = <F extends string>(
  error: unknown,
  fields: readonly F[] | Partial<Record<string, F>>,
  translate: Translate,
): { errors: Partial<Record<F, string>>; formError: string | null } => {
  const body = error instanceof HttpError && error.status === 422 ? (error.body as { errors?: unknown } | undefined) : undefined;
  const paths: Partial<Record<string, F>> = Array.isArray(fields) ? Object.fromEntries(fields.map((f) => [f, f])) : fields;
  const errors: Partial<Record<F, string>> = {};
  if (body?.errors) {
    for (const [path, field] of Object.entries(paths) as Array<[string, F | undefined]>) {
      const key = field ? errorAt(body.errors, path) : undefined;
      if (field && key) errors[field] = translate(key, { _: key });
    }
  }
  return { errors, formError: Object.keys(errors).length > 0 ? null : errorText(error, translate) };
};
