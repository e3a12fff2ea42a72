import type { MessageValues } from './types.js';

/**
 * Formats an ICU MessageFormat string with simple arguments (`{supportContact}`),
 * honouring ICU's apostrophe quoting (`''` is a literal apostrophe, `'{x}'` literal
 * braces). The bundles use no plural or select, so this small formatter does the
 * whole job in a few hundred bytes; a test checks that every bundled message parses
 * with the full ICU parser and formats here exactly as intl-messageformat does.
 *
 * Never throws: an argument with no value stays visible as `{name}`, and only
 * the values object's own properties are read (`{constructor}` is not a value).
 */
export function formatMessage(message: unknown, values: MessageValues = {}): string {
  if (typeof message !== 'string') return '';
  // Fast path: no quoting to honour, so each {name} is an argument.
  if (!message.includes("'")) {
    return message.replace(/\{([^{}]*)\}/g, (_whole, name: string) => argument(values, name.trim()));
  }
  let out = '';
  let i = 0;
  while (i < message.length) {
    const ch = message[i];
    if (ch === "'") {
      const next = message[i + 1];
      if (next === "'") {
        out += "'";
        i += 2;
      } else if (next === '{' || next === '}') {
        // Quoted literal text runs to the next single apostrophe.
        const end = message.indexOf("'", i + 1);
        const stop = end === -1 ? message.length : end;
        out += message.slice(i + 1, stop).replace(/''/g, "'");
        i = stop + 1;
      } else {
        out += ch;
        i++;
      }
    } else if (ch === '{') {
      const end = message.indexOf('}', i);
      if (end === -1) {
        out += message.slice(i);
        break;
      }
      out += argument(values, message.slice(i + 1, end).trim());
      i = end + 1;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function argument(values: MessageValues, name: string): string {
  const value = Object.hasOwn(values, name) ? values[name] : undefined;
  return value === undefined || value === null ? `{${name}}` : String(value);
}
