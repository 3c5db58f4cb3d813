/** Saving text as a file from an extension page (no `downloads` permission needed). */
export function downloadText(
  filename: string,
  mime: string,
  text: string,
  doc: Document = document,
): void {
  const blob = new Blob([text], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a file the user picked as text, refusing ones too large to be a collection. */
export async function readFileText(file: File, maxBytes = 60 * 1024 * 1024): Promise<string> {
  if (file.size > maxBytes)
    throw new Error(`The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
  return file.text();
}
