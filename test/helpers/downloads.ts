/** A file an element offered for download: its content and the name it suggested. */
export interface Download {
  blob: Blob;
  name: string;
}

/**
 * Runs `act` and returns the files it offered for download, in order. The browser's own download is
 * held back (the link is never followed), so a test saves nothing to disk.
 */
export function captureDownloads(act: () => void): Download[] {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  try {
    act();
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  return blobs.map((blob, i) => ({ blob, name: names[i] ?? '' }));
}
