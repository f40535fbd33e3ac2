/** My records opens one pass's certificate from its address: `<My records>?certificate=<record id>`. */
export const CERTIFICATE_PARAM = 'certificate';

/** The address of My records (`href`, any query dropped) that opens the certificate of `recordId`. */
export function certificateHref(href: string, recordId: string): string {
  return `${href.replace(/\?.*$/, '')}?${CERTIFICATE_PARAM}=${encodeURIComponent(recordId)}`;
}
