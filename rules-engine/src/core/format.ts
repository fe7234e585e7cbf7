// Fills {param} placeholders of a message template. A missing message or param stays visible, never silent.
export function fillTemplate(template: string, params: { [name: string]: string | number }): string {
  let out = template;
  for (const k of Object.keys(params)) {
    out = out.split('{' + k + '}').join('' + params[k]);
  }
  return out;
}
