/**
 * Saves text as a file made in the browser: a Blob URL on a temporary <a download>, clicked, then revoked.
 * Nothing goes to a server. Revoking at once can cancel the download in some browsers, so it waits a little.
 */
export const REVOKE_AFTER_MS = 10_000;

export function downloadFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** WeChat's in-app browser, where downloads are often blocked (its user agent says MicroMessenger). */
export function isWeChat(userAgent: string): boolean {
  return /MicroMessenger/i.test(userAgent);
}
