/** Saves data made or fetched in the browser as a file. */
export function saveFile(fileName: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** Saves a text made in the browser as a file, e.g. the import template. */
export function downloadText(fileName: string, text: string, type: string): void {
  saveFile(fileName, new Blob([text], { type }));
}
