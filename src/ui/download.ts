/** Saves text as a file through the browser's own download flow; needs no permission. */
export function downloadText(
  filename: string,
  text: string,
  type = 'text/csv;charset=utf-8',
): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/** Saves a file (an .xlsx workbook, a backup) through the browser's own download flow. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: Firefox cancels a download whose URL is revoked in the same task.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
