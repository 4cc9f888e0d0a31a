/**
 * JSON.parse for files users hand us: a leading byte-order mark (Windows editors, PowerShell's `Out-File`) is not
 * a syntax error — the YAML loaders already ignore it, so the JSON readers do too.
 */
export function parseJsonText(text: string): unknown {
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}
